import { describe, expect, it } from 'vitest';
import { exportedAtOption } from '../../../src/cli/commands/import';
import { parseUserDate } from '../../../src/main/import/user-date';

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

  it('gives the service an ISO date-time in UTC for --exported-at', () => {
    expect(exportedAtOption('2026-02-28', 'UTC')).toBe('2026-02-28T00:00:00.000Z');
    expect(exportedAtOption(undefined)).toBeUndefined();
    expect(() => exportedAtOption('soon', 'UTC')).toThrow(/^--exported-at: not a date/);
  });
});
