import { describe, expect, it } from 'vitest';
import { parseExportDate } from '../../../src/main/import/dates';
import { noValue, toCount, toText } from '../../../src/main/import/values';

describe('parseExportDate', () => {
  it('reads export dates as UTC, with or without " UTC", T separator, missing seconds', () => {
    const expected = Date.UTC(2025, 9, 1, 9, 31, 12);
    expect(parseExportDate('2025-10-01 09:31:12')).toBe(expected);
    expect(parseExportDate('2025-10-01 09:31:12 UTC')).toBe(expected);
    expect(parseExportDate(' 2025-10-01T09:31:12Z ')).toBe(expected);
    expect(parseExportDate('2025-10-01 09:31')).toBe(Date.UTC(2025, 9, 1, 9, 31, 0));
    expect(parseExportDate('2025-10-01')).toBe(Date.UTC(2025, 9, 1));
    expect(parseExportDate('2016-02-29 23:59:59')).toBe(Date.UTC(2016, 1, 29, 23, 59, 59));
  });
  it('rejects what is not a date', () => {
    for (const bad of [
      '',
      'N/A',
      '2025-13-01 00:00:00',
      '2025-02-30 00:00:00',
      '2025-10-01 25:00:00',
      '2025/10/01',
      'yesterday',
      '2025-10-01 09:31:12 PST',
    ]) {
      expect(parseExportDate(bad), bad).toBeNull();
    }
    expect(parseExportDate(null)).toBeNull();
    expect(parseExportDate(12345)).toBeNull();
  });
});

describe('value helpers', () => {
  it('treats null, N/A, None, undefined and empty as no value', () => {
    for (const v of [null, undefined, '', ' ', 'N/A', 'n/a', 'None', 'undefined', 'null'])
      expect(noValue(v), String(v)).toBe(true);
    for (const v of ['0', 0, 'x', false]) expect(noValue(v), String(v)).toBe(false);
    expect(toText('  hi ')).toBe('hi');
    expect(toText('None')).toBeNull();
  });
  it('reads counts from strings and numbers', () => {
    expect(toCount('58')).toBe(58);
    expect(toCount(' 1,204 ')).toBe(1204);
    expect(toCount(7)).toBe(7);
    expect(toCount('N/A')).toBeNull();
    expect(toCount('-3')).toBeNull();
    expect(toCount('12k')).toBeNull();
  });
});
