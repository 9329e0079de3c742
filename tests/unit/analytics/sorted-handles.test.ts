import { describe, expect, it } from 'vitest';
import { diffSorted } from '../../../src/main/analytics/sorted-handles';

describe('diffSorted', () => {
  it('finds what is only on either side, like a set difference', () => {
    expect(diffSorted([1, 2, 4, 7, 9], [2, 3, 4, 10])).toEqual({ onlyA: [1, 7, 9], onlyB: [3, 10] });
    expect(diffSorted([], [5])).toEqual({ onlyA: [], onlyB: [5] });
    expect(diffSorted([5], [])).toEqual({ onlyA: [5], onlyB: [] });
    expect(diffSorted([1, 2], [1, 2])).toEqual({ onlyA: [], onlyB: [] });
    let s = 3;
    const rand = () => (s = (s * 1103515245 + 12345) % 2147483648);
    const a = [...new Set(Array.from({ length: 3000 }, () => rand() % 5000))].sort((x, y) => x - y);
    const b = [...new Set(Array.from({ length: 3000 }, () => rand() % 5000))].sort((x, y) => x - y);
    const inB = new Set(b);
    const inA = new Set(a);
    expect(diffSorted(a, b)).toEqual({
      onlyA: a.filter((x) => !inB.has(x)),
      onlyB: b.filter((x) => !inA.has(x)),
    });
  });
});
