// Sorts byte-string keys (UTF-8, held in one shared byte array) in byte order without comparing millions
// of keys one by one.
//
// Array.prototype.sort on two million usernames takes 2-3 s on a quiet 2-core box and 10-20 s on a loaded
// one: every comparison is a string comparison, and generated (or real) names share long prefixes.
// Instead this is a most-significant-digit radix sort. The first bytes of every key, ranked over the
// alphabet that actually occurs, are packed into a few numbers per key up front, reading the keys in
// memory order (reading them later in sorted order, i.e. at random, costs more than the sort itself).
// Each level packs one group with the element's position in its run into a 64-bit integer and lets the
// native typed-array sort order them (two million in about 0.2 s); runs that share the group are refined
// on the next one. Small runs fall back to comparing bytes. The result is exactly the byte order of the
// keys (memcmp, shorter first on a common prefix: SQLite's order for text), ties (equal keys) by element.

/** Bits of a sort key: packed bytes and the position in the run share one 64-bit integer. */
const KEY_BITS = 64;
/** Bytes are packed as a float64 first: they must stay below 2^53 to be exact. */
const PACK_BITS = 52;
/** Groups of bytes packed up front; deeper levels (rare: long shared prefixes) read the keys. */
const GROUPS = 3;
/** Runs up to this size are finished by insertion sort (on the packed groups, then the bytes). */
const SMALL_RUN = 48;

// The 64-bit keys are written as two 32-bit words, low word first: little-endian, as every platform
// Electron and Node ship for is.
if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new Error('sort-keys: big-endian platform');

/** `count` keys: key e is bytes[start[e] .. start[e] + length[e]). */
export interface ByteKeys {
  readonly bytes: Uint8Array;
  readonly start: Int32Array;
  readonly length: Uint16Array;
  readonly count: number;
}

/** Byte order of two keys (negative, 0, positive), as SQLite compares BINARY text. */
export function compareKeys(keys: ByteKeys, a: number, b: number): number {
  const { bytes, start, length } = keys;
  const la = length[a]!;
  const lb = length[b]!;
  const sa = start[a]!;
  const sb = start[b]!;
  const n = la < lb ? la : lb;
  for (let p = 0; p < n; p++) {
    const d = bytes[sa + p]! - bytes[sb + p]!;
    if (d !== 0) return d;
  }
  return la - lb;
}

/**
 * The elements 0 … count-1 ordered by their key's bytes; equal keys stay by element. With
 * `sameAsPrevious` (count long), also marks each position whose key equals the one before it: found from
 * the packed numbers, cheaper than comparing the keys again.
 */
export function sortKeys(keys: ByteKeys, sameAsPrevious?: Uint8Array): Int32Array {
  const total = keys.count;
  const { bytes, start, length } = keys;
  const order = new Int32Array(total);
  for (let e = 0; e < total; e++) order[e] = e;
  if (sameAsPrevious && total > 0) sameAsPrevious[0] = 0;
  if (total < 2) return order;
  // Rank of each byte value that occurs; 0 stands for "the key ended here".
  const rank = new Uint16Array(256);
  for (let e = 0; e < total; e++) {
    const s = start[e]!;
    const end = s + length[e]!;
    for (let p = s; p < end; p++) rank[bytes[p]!] = 1;
  }
  let alphabet = 0;
  for (let c = 0; c < 256; c++) if (rank[c] === 1) rank[c] = ++alphabet;
  const charBits = Math.max(1, Math.ceil(Math.log2(alphabet + 1)));
  const charScale = 2 ** charBits;
  const maxPosBits = Math.max(1, Math.ceil(Math.log2(total)));
  // Bytes per group: at least 4 (9-bit ranks, 2^24 elements), far more for a real alphabet.
  const width = Math.floor(Math.min(KEY_BITS - maxPosBits, PACK_BITS) / charBits);

  const pack = (e: number, group: number): number => {
    const s = start[e]!;
    const len = length[e]!;
    let v = 0;
    for (let p = group * width; p < (group + 1) * width; p++) {
      v = v * charScale + (p < len ? rank[bytes[s + p]!]! : 0);
    }
    return v;
  };
  const groups = Array.from({ length: GROUPS }, () => new Float64Array(total));
  for (let e = 0; e < total; e++) {
    for (let g = 0; g < GROUPS; g++) groups[g]![e] = pack(e, g);
  }
  const packedWhole = (e: number) => length[e]! <= GROUPS * width;

  const compare: Compare = (a, b, group) => {
    for (let g = group; g < GROUPS; g++) {
      const d = groups[g]![a]! - groups[g]![b]!;
      if (d !== 0) return d;
    }
    return (packedWhole(a) && packedWhole(b) ? 0 : compareKeys(keys, a, b)) || a - b;
  };

  // Pending runs [start, end) whose keys agree on their first `group` groups.
  const stack: number[] = [0, total, 0];
  while (stack.length > 0) {
    const group = stack.pop()!;
    const end = stack.pop()!;
    const begin = stack.pop()!;
    const n = end - begin;
    if (n <= SMALL_RUN) {
      sortSmall(compare, order, begin, end, group);
      continue;
    }
    const packed = group < GROUPS ? groups[group]! : null;
    const posBits = Math.max(1, Math.ceil(Math.log2(n)));
    const lowScale = 2 ** (32 - posBits); // the group's low bits share the low word with the position
    const posScale = 2 ** posBits;
    const valueOf = (e: number) => (packed ? packed[e]! : pack(e, group));
    const sortKeys = new BigUint64Array(n);
    const words = new Uint32Array(sortKeys.buffer);
    let longer = false; // does any key go on past this group?
    for (let k = 0; k < n; k++) {
      const e = order[begin + k]!;
      const v = valueOf(e);
      if (length[e]! > (group + 1) * width) longer = true;
      const low = v % lowScale;
      words[2 * k] = (low * posScale + k) >>> 0;
      words[2 * k + 1] = (v - low) / lowScale;
    }
    sortKeys.sort();
    const run = order.slice(begin, end);
    const mask = posScale - 1;
    for (let k = 0; k < n; k++) order[begin + k] = run[words[2 * k]! & mask]!;
    if (!longer) continue; // every key was read whole: ties are equal keys, already by position
    let a = 0;
    while (a < n) {
      const v = valueOf(order[begin + a]!);
      let b = a + 1;
      while (b < n && valueOf(order[begin + b]!) === v) b++;
      if (b - a > 1) stack.push(begin + a, begin + b, group + 1);
      a = b;
    }
  }
  if (sameAsPrevious) {
    const equal = (a: number, b: number): boolean => {
      if (length[a] !== length[b]) return false;
      for (let g = 0; g < GROUPS; g++) if (groups[g]![a] !== groups[g]![b]) return false;
      return packedWhole(a) || compareKeys(keys, a, b) === 0;
    };
    for (let k = 1; k < total; k++) sameAsPrevious[k] = equal(order[k - 1]!, order[k]!) ? 1 : 0;
  }
  return order;
}

/** Element order of a and b: by the packed groups from `group` on, then by bytes, then by element. */
type Compare = (a: number, b: number, group: number) => number;

/** Insertion sort of a small run whose keys agree on their first `group` groups. */
function sortSmall(compare: Compare, order: Int32Array, start: number, end: number, group: number): void {
  for (let i = start + 1; i < end; i++) {
    const e = order[i]!;
    let j = i - 1;
    while (j >= start && compare(order[j]!, e, group) > 0) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = e;
  }
}
