import { describe, expect, it } from 'vitest';
import { exportedAtOption } from '../../../src/cli/commands/import';
import { parseUserDate } from '../../../src/shared/user-date';

describe('dates the user types', () => {
  it('reads a plain date as midnight in the given zone', () => {
    expect(parseUserDate('2026-02-28', 'UTC')).toBe(Date.UTC(2026, 1, 28));
    expect(parseUserDate('2026-02-28', 'Europe/Berlin')).toBe(Date.UTC(2026, 1, 27, 23));
    expect(parseUserDate('2026-07-01', 'America/New_York')).toBe(Date.UTC(2026, 6, 1, 4));
  });

  it('reads a date-time without a zone as wall time in the given zone, and one with a zone as written', () => {
    expect(parseUserDate('2026-02-28 18:00', 'Asia/Tokyo')).toBe(Date.UTC(2026, 1, 28, 9));
    expect(parseUserDate('2026-02-28T18:00:30', 'UTC')).toBe(Date.UTC(2026, 1, 28, 18, 0, 30));
    expect(parseUserDate('2026-02-28T18:00:00Z', 'Asia/Tokyo')).toBe(Date.UTC(2026, 1, 28, 18));
    expect(parseUserDate('2026-02-28T18:00:00+02:00', 'UTC')).toBe(Date.UTC(2026, 1, 28, 16));
  });

  it('refuses what is not a date', () => {
    for (const bad of ['yesterday', '2026-02-30', '28.02.2026', '2026-02-28 25:00', ''])
      expect(parseUserDate(bad, 'UTC')).toBeNull();
    expect(parseUserDate('2026-02-28', 'Not/AZone')).toBeNull();
  });

  it('refuses days that are not on the calendar in every form, zoned ones included', () => {
    for (const bad of [
      '0000-00-00',
      '0000-01-01', // no year 0
      '2025-02-29',
      '2025-02-30T10:00Z', // would roll over to 2 March
      '2025-02-29T10:00:00+01:00',
      '2025-04-31 12:00',
      '2025-13-01T00:00Z',
      '2026-02-28T24:00Z',
      '2026-02-28T18:60:00Z',
      '2026-02-28T18:00:00+24:00',
    ])
      expect(parseUserDate(bad, 'UTC'), bad).toBeNull();
    expect(parseUserDate('2024-02-29T10:00Z', 'UTC')).toBe(Date.UTC(2024, 1, 29, 10));
  });

  it('reads years 1 to 99 as those years, not as 19xx', () => {
    const year99 = new Date(0);
    year99.setUTCFullYear(99, 2, 1);
    expect(parseUserDate('0099-03-01', 'UTC')).toBe(year99.getTime());
    expect(parseUserDate('0099-03-01T00:00Z', 'Asia/Tokyo')).toBe(year99.getTime());
  });

  it('reads wall times across a daylight-saving change in the zone they were typed in', () => {
    // Los Angeles: UTC−8 until 2026-03-08 02:00, UTC−7 after; back to UTC−8 on 2026-11-01 02:00.
    expect(parseUserDate('2026-03-07', 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 7, 8));
    expect(parseUserDate('2026-03-09', 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 9, 7));
    expect(parseUserDate('2026-03-08 01:30', 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 8, 9, 30));
    expect(parseUserDate('2026-03-08 03:30', 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 8, 10, 30));
    // 01:30 on 1 November happens twice: the earlier one (still daylight time) is meant.
    expect(parseUserDate('2026-11-01 01:30', 'America/Los_Angeles')).toBe(Date.UTC(2026, 10, 1, 8, 30));
    expect(parseUserDate('2026-11-02', 'America/Los_Angeles')).toBe(Date.UTC(2026, 10, 2, 8));
    // Tokyo has no daylight time: midnight is always 15:00 UTC the day before.
    expect(parseUserDate('2026-07-01', 'Asia/Tokyo')).toBe(Date.UTC(2026, 5, 30, 15));
  });

  it('checks --exported-at before anything runs and hands it on as typed', () => {
    expect(exportedAtOption(' 2026-02-28 ')).toBe('2026-02-28');
    expect(exportedAtOption(undefined)).toBeUndefined();
    expect(() => exportedAtOption('soon')).toThrow(/^--exported-at: not a date/);
    expect(() => exportedAtOption('2026-02-29')).toThrow(/^--exported-at: not a date/);
  });
});
