// Every date the renderer shows is read in the product's one time zone (the Settings choice), not the
// zone of the machine running it (UTC here). Instants near midnight UTC fall on different calendar days
// in Tokyo (UTC+9) and Los Angeles (UTC-8/-7), so a formatter that ignored the setting would fail.
// Expectations are written for the en-US locale the test runner uses.
import { afterAll, describe, expect, it } from 'vitest';
import {
  displayTimeZone,
  formatDate,
  formatDateTime,
  formatEvidenceValue,
  formatMonth,
  formatWeekday,
  isoToLocalInput,
  localInputToIso,
  localizeText,
  setDisplayTimeZone,
  timeTickFormatter,
} from '../../../src/renderer/src/format';
import { intlTimeZone } from '../../../src/renderer/src/timeZone';

// 23:30 UTC on Sunday 1 March 2026: already Monday 08:30 in Tokyo, still Sunday 15:30 in Los Angeles.
const LATE_UTC = '2026-03-01T23:30:00.000Z';
// 00:30 UTC on Monday 2 March 2026: Monday 09:30 in Tokyo, Sunday 16:30 in Los Angeles.
const EARLY_UTC = '2026-03-02T00:30:00.000Z';

afterAll(() => setDisplayTimeZone('UTC'));

describe('dates and times in Asia/Tokyo', () => {
  it('shows the Tokyo calendar day, weekday and month, and names the zone with a time', () => {
    setDisplayTimeZone('Asia/Tokyo');
    expect(displayTimeZone()).toBe('Asia/Tokyo');
    expect(formatDate(LATE_UTC)).toBe('Mar 2, 2026');
    expect(formatWeekday(LATE_UTC)).toBe('Mon');
    expect(formatDateTime(LATE_UTC)).toBe('Mar 2, 2026, 8:30 AM (Asia/Tokyo)');
    expect(formatMonth('2026-01-31T20:00:00Z')).toBe('Feb 2026');
  });

  it('reads a time axis year in Tokyo: 16:00 UTC on New Year’s Eve is already the new year', () => {
    setDisplayTimeZone('Asia/Tokyo');
    const from = Date.parse('2025-12-31T16:00:00Z');
    const tick = timeTickFormatter(from, Date.parse('2026-01-20T00:00:00Z'));
    expect(tick(from)).toBe('Jan 1');
  });

  it('edits a snapshot time as Tokyo wall-clock time, both ways', () => {
    setDisplayTimeZone('Asia/Tokyo');
    expect(isoToLocalInput(LATE_UTC)).toBe('2026-03-02T08:30');
    expect(localInputToIso('2026-03-02T08:30')).toBe(LATE_UTC);
    expect(localInputToIso('not a date')).toBeNull();
  });
});

describe('dates and times in America/Los_Angeles', () => {
  it('shows the Los Angeles calendar day and names the zone with a time', () => {
    setDisplayTimeZone('America/Los_Angeles');
    expect(formatDate(EARLY_UTC)).toBe('Mar 1, 2026');
    expect(formatWeekday(EARLY_UTC)).toBe('Sun');
    expect(formatDateTime(EARLY_UTC)).toBe('Mar 1, 2026, 4:30 PM (America/Los_Angeles)');
    expect(formatMonth('2026-02-01T03:00:00Z')).toBe('Jan 2026');
  });

  it('keeps the day and month of a short axis crossing New Year only where the zone crosses it', () => {
    setDisplayTimeZone('America/Los_Angeles');
    const from = Date.parse('2026-01-01T04:00:00Z'); // still 31 Dec 2025 in Los Angeles
    const tick = timeTickFormatter(from, Date.parse('2026-01-20T00:00:00Z'));
    expect(tick(from)).toBe('Dec 31, 2025');
  });

  it('converts wall-clock input across the spring-forward change (PST before, PDT after)', () => {
    setDisplayTimeZone('America/Los_Angeles');
    expect(localInputToIso('2026-03-07T22:00')).toBe('2026-03-08T06:00:00.000Z');
    expect(localInputToIso('2026-03-08T10:00')).toBe('2026-03-08T17:00:00.000Z');
    expect(isoToLocalInput('2026-03-08T17:00:00.000Z')).toBe('2026-03-08T10:00');
  });
});

describe('calendar days the service sends', () => {
  it('shows a bare day as that day in every zone', () => {
    for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      setDisplayTimeZone(zone);
      expect(formatEvidenceValue('2026-03-01')).toBe('Mar 1, 2026');
      expect(localizeText('Follows you since 2026-03-15')).toBe('Follows you since Mar 15, 2026');
    }
  });
});

describe('a Settings zone given as a UTC offset', () => {
  it('maps whole-hour offsets to the Etc/GMT zone Intl knows (sign inverted by convention)', () => {
    expect(intlTimeZone('UTC-3')).toBe('Etc/GMT+3');
    expect(intlTimeZone('+09:00')).toBe('Etc/GMT-9');
    expect(intlTimeZone('UTC')).toBe('UTC');
    expect(intlTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(intlTimeZone('+05:30')).toBe('+05:30');
  });

  it('formats in that offset and names the offset as the user wrote it', () => {
    setDisplayTimeZone('UTC-3');
    expect(formatDateTime(EARLY_UTC)).toBe('Mar 1, 2026, 9:30 PM (UTC-3)');
  });
});
