import { z } from 'zod';
import { calendarDayUtc, parseUserDate } from '../user-date';

/** Declares a call: `call<Result>()(inputSchema)`. The result type is carried only at the type level. */
export const call =
  <Result>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });

export const noInput = z.object({}).strict();
export const id = z.number().int().positive();
export const accountRef = z.object({ accountId: id }).strict();
export const isoDateTime = z.iso.datetime({ offset: true });
/**
 * A date the user typed: `2026-02-28` (midnight), `2026-02-28 18:00` (wall time; both in the product's
 * time zone, applied by the service) or an ISO 8601 date-time with a zone. A real calendar date.
 */
export const userDate = z
  .string()
  .max(40)
  .refine((text) => parseUserDate(text, 'UTC') !== null, {
    message: 'not a date (2026-02-28), a date and time (2026-02-28 18:00) or an ISO 8601 date-time',
  });

/** True for a real calendar date `YYYY-MM-DD` (year 1 to 9999): `2025-02-30` and `0000-00-00` are not. */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? calendarDayUtc(Number(m[1]), Number(m[2]), Number(m[3])) !== null : false;
}

/** A date the user gives (a goal's deadline): a real calendar day. */
export const calendarDay = z
  .string()
  .refine(isCalendarDay, { message: 'not a real calendar date (YYYY-MM-DD)' });
