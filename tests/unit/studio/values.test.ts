import { describe, expect, it } from 'vitest';
import { readCount, readShare } from '../../../src/main/import/studio/values';

describe('Studio values', () => {
  it('reads "no data" spellings as null, not 0', () => {
    for (const t of ['undefined', 'NAN', 'NaN', '--', '', ' ']) expect(readCount(t)).toBeNull();
  });
  it('keeps negative counts and tolerates thousands separators', () => {
    expect(readCount('-3')).toBe(-3);
    expect(readCount('10355')).toBe(10355);
    expect(readCount('10,355')).toBe(10355);
    expect(readCount('1,234,567')).toBe(1234567);
    expect(readCount('1 234 567')).toBe(1234567);
    expect(readCount('1.2K')).toBe(1200);
    expect(readCount('abc')).toBeUndefined();
  });
  it('reads shares as decimals or percentages', () => {
    expect(readShare('0.59')).toBe(0.59);
    expect(readShare('59%')).toBe(0.59);
    expect(readShare('0,462')).toBe(0.462);
    expect(readShare('undefined')).toBeNull();
    expect(readShare('x')).toBeUndefined();
  });
});
