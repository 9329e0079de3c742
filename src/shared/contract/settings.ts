// App-wide settings: the one time zone every hour and weekday in the product is shown in.
import * as z from 'zod/mini';
import type { TimeZoneSetting } from '../domain';
import { call, noInput } from './define';

/** An IANA zone ("Europe/Berlin") or a UTC offset ("+05:30", "UTC-3"); the service checks it with Intl. */
export const timeZoneName = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));

export const settingsCalls = {
  timeZoneSetting: call<TimeZoneSetting>()(noInput),
  /** Picks the zone, or with null follows the system's again. Refuses an unknown zone (BAD_INPUT). */
  setTimeZone: call<TimeZoneSetting>()(z.strictObject({ timeZone: z.nullable(timeZoneName) })),
} as const;
