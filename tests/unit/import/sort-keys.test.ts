// sortKeys must give exactly the byte order of the keys' UTF-8 (SQLite's order for text), whatever the
// names, and mark equal neighbours exactly.
import { describe, expect, it } from 'vitest';
import { sortKeys, type ByteKeys } from '../../../src/main/import/writer/sort-keys';

/** The keys as ByteKeys, each written at a different place of one byte array (with gaps between). */
function byteKeys(keys: string[]): ByteKeys {
  const encoded = keys.map((k) => Buffer.from(k, 'utf8'));
  const bytes = Buffer.alloc(encoded.reduce((n, b) => n + b.length + 1, 0));
  const start = new Int32Array(keys.length);
  const length = new Uint16Array(keys.length);
  let at = 0;
  // Written in reverse, so that byte-array order is not key order.
  for (let e = keys.length - 1; e >= 0; e--) {
    start[e] = at;
    length[e] = encoded[e]!.length;
    encoded[e]!.copy(bytes, at);
    at += encoded[e]!.length + 1;
  }
  return { bytes, start, length, count: keys.length };
}

function reference(keys: string[]): number[] {
  const encoded = keys.map((k) => Buffer.from(k, 'utf8'));
  return keys.map((_, i) => i).sort((a, b) => Buffer.compare(encoded[a]!, encoded[b]!) || a - b);
}

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function names(count: number, alphabet: string[], maxLength: number, seed: number): string[] {
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

const chars = (s: string) => [...s];

describe('sortKeys', () => {
  const everyByte = Array.from({ length: 0x800 }, (_, c) => String.fromCharCode(c));
  const cases: Array<[string, string[]]> = [
    ['usernames', names(5000, chars('abcdefghijklmnopqrstuvwxyz0123456789._'), 20, 1)],
    ['long shared prefixes', names(3000, chars('ab'), 30, 2).map((n) => `same_prefix_${n}`)],
    ['tiny alphabet, empty keys and prefixes of each other', names(2000, chars('a'), 12, 3)],
    // UTF-8 byte order differs from UTF-16 code-unit order for U+E000… against astral characters.
    ['unicode, emoji and upper case', names(3000, chars('aÉé日本😀Zz_.\uE000\uFFFD'), 10, 4)],
    ['every one- and two-byte character (an alphabet of 9-bit ranks)', names(3000, everyByte, 8, 6)],
    // The same account in several lists, with keys longer than the packed prefix.
    [
      'repeated long names',
      names(800, chars('abc._'), 60, 5).flatMap((n, i) => [`${n}_x`, i % 2 ? `${n}_x` : `${n}_y`, `${n}_x`]),
    ],
  ];
  for (const [label, keys] of cases) {
    it(`orders ${label} by their bytes`, () => {
      const same = new Uint8Array(keys.length);
      const expected = reference(keys);
      expect(Array.from(sortKeys(byteKeys(keys), same))).toEqual(expected);
      expect(Array.from(same)).toEqual(
        expected.map((e, k) => (k > 0 && keys[expected[k - 1]!] === keys[e] ? 1 : 0)),
      );
    });
  }

  it('handles no key and one key', () => {
    expect(Array.from(sortKeys(byteKeys([])))).toEqual([]);
    const same = new Uint8Array(1).fill(7);
    expect(Array.from(sortKeys(byteKeys(['x']), same))).toEqual([0]);
    expect(Array.from(same)).toEqual([0]);
  });
});
