// The user's zone for "best time to post": IANA names (with DST) and fixed offsets.
import { describe, expect, it } from 'vitest';
import {
  endOfDayInZone,
  isoInZone,
  offsetMinutesAt,
  TimeZoneError,
  zoneClock,
} from '../../../src/main/analytics/engagement/time-zone';

describe('zoneClock', () => {
  it('follows daylight saving time in IANA zones', () => {
    const berlin = zoneClock('Europe/Berlin');
    // 2026-01-05 is a Monday: 12:00 UTC is 13:00 in winter; 2026-07-06 (Monday) 12:00 UTC is 14:00.
    expect(berlin.at(Date.UTC(2026, 0, 5, 12))).toEqual({ weekday: 0, hour: 13 });
    expect(berlin.at(Date.UTC(2026, 6, 6, 12))).toEqual({ weekday: 0, hour: 14 });
  });

  it('moves the weekday across midnight', () => {
    // Monday 02:00 UTC is Sunday 21:00 in New York (EST, UTC−5).
    expect(zoneClock('America/New_York').at(Date.UTC(2026, 0, 5, 2))).toEqual({ weekday: 6, hour: 21 });
    // Sunday 20:00 UTC is Monday 01:30 in India: hour 1.
    expect(zoneClock('+05:30').at(Date.UTC(2026, 0, 4, 20))).toEqual({ weekday: 0, hour: 1 });
  });

  it('reads offsets in the forms people type and agrees with offsetMinutesAt', () => {
    const at = Date.UTC(2026, 2, 1, 10, 15);
    for (const [zone, minutes] of [
      ['UTC', 0],
      ['Z', 0],
      ['+02:00', 120],
      ['UTC-3', -180],
      ['GMT+1', 60],
      ['-0930', -570],
      ['Asia/Kolkata', 330],
      ['America/Los_Angeles', -480],
    ] as const) {
      expect(offsetMinutesAt(zone, at), zone).toBe(minutes);
      const local = new Date(at + minutes * 60_000);
      expect(zoneClock(zone).at(at), zone).toEqual({
        weekday: (local.getUTCDay() + 6) % 7,
        hour: local.getUTCHours(),
      });
    }
  });

  it('refuses unknown zones and impossible offsets', () => {
    expect(() => zoneClock('Mars/Olympus')).toThrow(TimeZoneError);
    expect(() => zoneClock('+25:00')).toThrow(TimeZoneError);
    expect(() => offsetMinutesAt('Nowhere/Else', 0)).toThrow(TimeZoneError);
  });
});

describe('isoInZone', () => {
  it('writes the wall clock of the zone with its offset, on both sides of midnight UTC', () => {
    const late = Date.parse('2026-03-01T23:30:00Z');
    expect(isoInZone(late, 'Asia/Tokyo')).toBe('2026-03-02T08:30:00+09:00');
    expect(isoInZone(late, 'America/Los_Angeles')).toBe('2026-03-01T15:30:00-08:00');
    expect(isoInZone(Date.parse('2026-07-01T00:30:00Z'), 'America/Los_Angeles')).toBe(
      '2026-06-30T17:30:00-07:00',
    );
    expect(isoInZone(late, '+05:30')).toBe('2026-03-02T05:00:00+05:30');
    expect(isoInZone(late, 'UTC')).toBe('2026-03-01T23:30:00+00:00');
  });

  it('names the same instant it was given', () => {
    const late = Date.parse('2026-03-01T23:30:00Z');
    for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'UTC-3'])
      expect(Date.parse(isoInZone(late, zone))).toBe(late);
  });
});

describe('endOfDayInZone', () => {
  it('is the last second of the calendar day in the zone, across a DST change too', () => {
    expect(endOfDayInZone('2026-03-01', 'UTC')).toBe(Date.parse('2026-03-01T23:59:59Z'));
    expect(endOfDayInZone('2026-03-01', 'Asia/Tokyo')).toBe(Date.parse('2026-03-01T14:59:59Z'));
    // New York moves to UTC-4 at 02:00 on 8 March 2026: that evening is already daylight time.
    expect(endOfDayInZone('2026-03-08', 'America/New_York')).toBe(Date.parse('2026-03-09T03:59:59Z'));
    expect(endOfDayInZone('2026-03-01', '+05:30')).toBe(Date.parse('2026-03-01T18:29:59Z'));
  });
});
