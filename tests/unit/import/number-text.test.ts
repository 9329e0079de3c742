import { describe, expect, it } from 'vitest';
import { numberText } from '../../../src/main/import/writer/number-text';

describe('numberText', () => {
  it('is String(n) for every kind of number an import meets', () => {
    const samples = [
      null,
      NaN,
      0,
      -1,
      999_999,
      1_000_000,
      1_000_001,
      1_700_000_000_000,
      1_700_000_000_999,
      1_699_999_999_999,
      Date.UTC(2026, 10, 24, 9, 58, 20, 7),
      1e15 - 1,
      1e15,
      Number.MAX_SAFE_INTEGER,
      1.5e12 + 0.5,
      -1.7e12,
      Infinity,
    ];
    for (const n of samples) expect(numberText(n), String(n)).toBe(String(n));
    // Every low part width, around every power of ten.
    for (let low = 1; low < 1e6; low *= 10) {
      for (const n of [1.7e12 + low - 1, 1.7e12 + low, 1.7e12 + low + 1])
        expect(numberText(n)).toBe(String(n));
    }
    let s = 42;
    for (let i = 0; i < 10_000; i++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const n = 1e6 + Math.floor((s / 2147483648) * 1e14);
      expect(numberText(n)).toBe(String(n));
    }
  });
});
