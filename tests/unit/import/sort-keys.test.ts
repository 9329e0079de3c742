// sortIndexesByKey must give exactly the order of a plain code-unit string sort, whatever the names.
import { describe, expect, it } from 'vitest';
import { sortIndexesByKey } from '../../../src/main/import/writer/sort-keys';

function reference(keys: string[], indexes: number[]): number[] {
  return [...indexes].sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
}

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function names(count: number, alphabet: string, maxLength: number, seed: number): string[] {
  const r = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const len = Math.floor(r() * maxLength);
    let s = '';
    for (let k = 0; k < len; k++) s += alphabet[Math.floor(r() * alphabet.length)];
    out.push(s);
  }
  return out;
}

describe('sortIndexesByKey', () => {
  const cases: Array<[string, string[]]> = [
    ['usernames', names(5000, 'abcdefghijklmnopqrstuvwxyz0123456789._', 20, 1)],
    ['long shared prefixes', names(3000, 'ab', 30, 2).map((n) => `same_prefix_${n}`)],
    ['tiny alphabet, empty strings and prefixes of each other', names(2000, 'a', 12, 3)],
    ['unicode, emoji and upper case', names(3000, 'aÉé日本😀Zz_.', 10, 4)],
    // The same account in several lists, with keys longer than the packed prefix.
    [
      'repeated long names',
      names(800, 'abc._', 60, 5).flatMap((n, i) => [`${n}_x`, i % 2 ? `${n}_x` : `${n}_y`, `${n}_x`]),
    ],
  ];
  for (const [label, keys] of cases) {
    it(`orders ${label} like a plain string sort`, () => {
      const all = keys.map((_, i) => i);
      const same = new Uint8Array(all.length);
      const expected = reference(keys, all);
      expect(Array.from(sortIndexesByKey(keys, Int32Array.from(all), same))).toEqual(expected);
      expect(Array.from(same)).toEqual(
        expected.map((e, k) => (k > 0 && keys[expected[k - 1]!] === keys[e] ? 1 : 0)),
      );
      // A subset of the keys.
      const some = all.filter((i) => i % 3 !== 1);
      expect(Array.from(sortIndexesByKey(keys, Int32Array.from(some)))).toEqual(reference(keys, some));
    });
  }

  it('handles no and one index', () => {
    expect(Array.from(sortIndexesByKey(['x'], new Int32Array(0)))).toEqual([]);
    expect(Array.from(sortIndexesByKey(['x', 'y'], Int32Array.from([1])))).toEqual([1]);
  });
});
