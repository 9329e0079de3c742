// App-wide settings: the one time zone every hour and weekday in the product is shown in.
import { z } from 'zod';
import type { TimeZoneSetting } from '../domain';
import { call, noInput } from './define';

/** An IANA zone ("Europe/Berlin") or a UTC offset ("+05:30", "UTC-3"); the service checks it with Intl. */
export const timeZoneName = z.string().trim().min(1).max(64);

export const settingsCalls = {
  timeZoneSetting: call<TimeZoneSetting>()(noInput),
  /** Picks the zone, or with null follows the system's again. Refuses an unknown zone (BAD_INPUT). */
  setTimeZone: call<TimeZoneSetting>()(z.object({ timeZone: timeZoneName.nullable() }).strict()),
} as const;
