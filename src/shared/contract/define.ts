import * as z from 'zod/mini';
// English alone: the locales index would load every language's messages.
import en from 'zod/v4/locales/en.js';
import { calendarDayUtc, parseUserDate } from '../user-date';

// zod's mini build, which bundlers can trim to the checks in use: the classic build's `z` object keeps all
// of zod (the command line's bundle went from 1.3 MB to 0.64 MB with it, the preload from 183 to 76 KB).
// It comes without messages: the English ones are what BAD_INPUT errors show.
z.config(en());

/** Declares a call: `call<Result>()(inputSchema)`. The result type is carried only at the type level. */
export const call =
  <Result>() =>
  <Input extends z.ZodMiniType>(input: Input) => ({ input, result: undefined as unknown as Result });

export const noInput = z.strictObject({});
export const id = z.int().check(z.positive());
export const accountRef = z.strictObject({ accountId: id });
export const isoDateTime = z.iso.datetime({ offset: true });
/**
 * A date the user typed: `2026-02-28` (midnight), `2026-02-28 18:00` (wall time; both in the product's
 * time zone, applied by the service) or an ISO 8601 date-time with a zone. A real calendar date.
 */
export const userDate = z.string().check(
  z.maxLength(40),
  z.refine((text) => parseUserDate(text, 'UTC') !== null, {
    message: 'not a date (2026-02-28), a date and time (2026-02-28 18:00) or an ISO 8601 date-time',
  }),
);

/** True for a real calendar date `YYYY-MM-DD` (year 1 to 9999): `2025-02-30` and `0000-00-00` are not. */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? calendarDayUtc(Number(m[1]), Number(m[2]), Number(m[3])) !== null : false;
}

/** A date the user gives (a goal's deadline): a real calendar day. */
export const calendarDay = z
  .string()
  .check(z.refine(isCalendarDay, { message: 'not a real calendar date (YYYY-MM-DD)' }));
