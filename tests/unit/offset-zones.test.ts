// The product's zone may be a fixed offset ("+05:30", "UTC-3"): Settings and --tz accept one. Intl knows
// no such zone, so every reader of wall-clock times goes through the one shared zone module, which does.
import { describe, expect, it } from 'vitest';
import { parseInstagramHtmlDate } from '../../src/main/import/platforms/instagram/local-time';
import { dayInZone, wallClockToUtc } from '../../src/shared/time-zone';
import { parseUserDate } from '../../src/shared/user-date';

describe('a fixed-offset zone', () => {
  it('dates an export the user types', () => {
    expect(parseUserDate('2026-02-28 18:00', '+05:30')).toBe(Date.parse('2026-02-28T12:30:00Z'));
    expect(parseUserDate('2026-02-28', 'UTC-3')).toBe(Date.parse('2026-02-28T03:00:00Z'));
  });

  it("reads Instagram HTML's zone-less times and names their day", () => {
    const at = parseInstagramHtmlDate('Jan 23, 2025 8:59 am', '+05:30');
    expect(at).toBe(Date.parse('2025-01-23T03:29:00Z'));
    expect(dayInZone(Date.parse('2025-01-23T20:00:00Z'), '+05:30')).toBe('2025-01-24');
  });

  it('an IANA zone still follows its DST: the skipped hour reads with the offset before it', () => {
    // 02:30 on 2026-03-29 does not exist in Berlin (clocks jump 02:00 -> 03:00); read at +01:00.
    expect(wallClockToUtc(Date.parse('2026-03-29T02:30:00Z'), 'Europe/Berlin')).toBe(
      Date.parse('2026-03-29T01:30:00Z'),
    );
    // 02:30 on 2026-10-25 happens twice: the first, still at +02:00.
    expect(wallClockToUtc(Date.parse('2026-10-25T02:30:00Z'), 'Europe/Berlin')).toBe(
      Date.parse('2026-10-25T00:30:00Z'),
    );
  });
});
