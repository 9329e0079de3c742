// --tz ZONE: checked with Intl before anything runs, so a typo fails in one line, not deep in a call.
import { TimeZoneError, checkTimeZone } from '../../main/analytics/engagement/time-zone';
import { CliError } from '../service';

export function checkCliTimeZone(zone: string): string {
  try {
    return checkTimeZone(zone);
  } catch (error) {
    if (error instanceof TimeZoneError) throw new CliError(`--tz: ${error.message}`);
    throw error;
  }
}
