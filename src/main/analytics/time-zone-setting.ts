// The product's one time zone: every hour, weekday and calendar day the app, the tips and the CLI show
// is read in it. The user's choice in Settings (stored in app_settings), else the system's zone; a
// call may override it for one answer (the CLI's --tz).
import type { TimeZoneSetting } from '../../shared/domain/app';
import type { Db } from '../db/open';
import { readAppSetting, writeAppSetting } from '../db/queries/app-settings';
import { checkTimeZone, systemTimeZone } from './engagement/time-zone';

export function timeZoneSetting(db: Db): TimeZoneSetting {
  const chosen = readAppSetting(db, 'timeZone');
  const system = systemTimeZone();
  return { timeZone: chosen ?? system, chosen, system };
}

/** The zone to use: the override when given (checked), else the setting. Throws TimeZoneError. */
export function effectiveTimeZone(db: Db, override?: string | null): string {
  if (override !== undefined && override !== null) return checkTimeZone(override);
  return timeZoneSetting(db).timeZone;
}

/** Stores the user's zone (checked first), or with null goes back to following the system. */
export function setTimeZoneSetting(db: Db, zone: string | null): TimeZoneSetting {
  writeAppSetting(db, 'timeZone', zone === null ? null : checkTimeZone(zone));
  return timeZoneSetting(db);
}
