// Sorts a subset of strings (given by index) in code-unit order without comparing millions of strings
// as strings.
//
// Array.prototype.sort on two million usernames takes 2-3 s on a quiet 2-core box and 10-20 s on a loaded
// one: every comparison is a string comparison, and generated (or real) names share long prefixes.
// Instead this is a most-significant-digit radix sort. The first code units of every key, ranked over the
// alphabet that actually occurs, are packed into a few numbers per key up front, reading the keys in
// memory order (reading them later in sorted order, i.e. at random, costs more than the sort itself).
// Each level packs one group with the element's position in its run into a 64-bit integer and lets the
// native typed-array sort order them (two million in about 0.2 s); runs that share the group are refined
// on the next one. Small runs fall back to string comparison. The result is exactly the code-unit order of
// `<`, ties (equal strings) by index.

/** Bits of a sort key: packed code units and the position in the run share one 64-bit integer. */
const KEY_BITS = 64;
/** Code units are packed as a float64 first: they must stay below 2^53 to be exact. */
const PACK_BITS = 52;
/** Groups of code units packed up front; deeper levels (rare: long shared prefixes) read the strings. */
const GROUPS = 3;
/** Runs up to this size are finished by insertion sort (on the packed groups, then the strings). */
const SMALL_RUN = 48;

// The 64-bit keys are written as two 32-bit words, low word first: little-endian, as every platform
// Electron and Node ship for is.
if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new Error('sort-keys: big-endian platform');

/**
 * `indexes` (into `keys`, ascending) ordered by keys[index] in code-unit order; equal keys stay by index.
 * With `sameAsPrevious` (as long as `indexes`), also marks each position whose key equals the one before
 * it: found from the packed numbers, cheaper than comparing the strings again.
 */
export function sortIndexesByKey(
  keys: readonly string[],
  indexes: Int32Array,
  sameAsPrevious?: Uint8Array,
): Int32Array {
  const total = indexes.length;
  if (total < 2) return indexes.slice();
  // Rank of each code unit that occurs; 0 stands for "the string ended here".
  const rank = new Uint32Array(0x10000);
  for (let e = 0; e < total; e++) {
    const key = keys[indexes[e]!]!;
    for (let p = 0; p < key.length; p++) rank[key.charCodeAt(p)] = 1;
  }
  let alphabet = 0;
  for (let c = 0; c < 0x10000; c++) if (rank[c] === 1) rank[c] = ++alphabet;
  const charBits = Math.max(1, Math.ceil(Math.log2(alphabet + 1)));
  const charScale = 2 ** charBits;
  const maxPosBits = Math.max(1, Math.ceil(Math.log2(total)));
  const width = Math.floor(Math.min(KEY_BITS - maxPosBits, PACK_BITS) / charBits); // code units per group
  const keyOf = (e: number) => keys[indexes[e]!]!;
  // Elements (positions in `indexes`) in the order being built.
  const order = new Int32Array(total);
  for (let e = 0; e < total; e++) order[e] = e;
  if (width < 1) {
    // Not one code unit fits a group (an alphabet of 2^41 cannot occur): plain string order.
    const byString = Array.from(order).sort((a, b) => compareStrings(keyOf(a), keyOf(b)) || a - b);
    if (sameAsPrevious) {
      sameAsPrevious[0] = 0;
      for (let k = 1; k < total; k++) {
        sameAsPrevious[k] = keyOf(byString[k - 1]!) === keyOf(byString[k]!) ? 1 : 0;
      }
    }
    return Int32Array.from(byString, (e) => indexes[e]!);
  }

  const pack = (key: string, group: number): number => {
    let v = 0;
    for (let p = group * width; p < (group + 1) * width; p++) {
      v = v * charScale + (p < key.length ? rank[key.charCodeAt(p)]! : 0);
    }
    return v;
  };
  const groups = Array.from({ length: GROUPS }, () => new Float64Array(total));
  const lengths = new Uint32Array(total);
  for (let e = 0; e < total; e++) {
    const key = keyOf(e);
    lengths[e] = key.length;
    for (let g = 0; g < GROUPS; g++) groups[g]![e] = pack(key, g);
  }

  const compare: Compare = (a, b, group) => {
    for (let g = group; g < GROUPS; g++) {
      const d = groups[g]![a]! - groups[g]![b]!;
      if (d !== 0) return d;
    }
    const packedWhole = lengths[a]! <= GROUPS * width && lengths[b]! <= GROUPS * width;
    return (packedWhole ? 0 : compareStrings(keyOf(a), keyOf(b))) || a - b;
  };

  // Pending runs [start, end) whose keys agree on their first `group` groups.
  const stack: number[] = [0, total, 0];
  while (stack.length > 0) {
    const group = stack.pop()!;
    const end = stack.pop()!;
    const start = stack.pop()!;
    const n = end - start;
    if (n <= SMALL_RUN) {
      sortSmall(compare, order, start, end, group);
      continue;
    }
    const packed = group < GROUPS ? groups[group]! : null;
    const posBits = Math.max(1, Math.ceil(Math.log2(n)));
    const lowScale = 2 ** (32 - posBits); // the group's low bits share the low word with the position
    const posScale = 2 ** posBits;
    const valueOf = (e: number) => (packed ? packed[e]! : pack(keyOf(e), group));
    const sortKeys = new BigUint64Array(n);
    const words = new Uint32Array(sortKeys.buffer);
    let longer = false; // does any key go on past this group?
    for (let k = 0; k < n; k++) {
      const e = order[start + k]!;
      const v = valueOf(e);
      if (lengths[e]! > (group + 1) * width) longer = true;
      const low = v % lowScale;
      words[2 * k] = (low * posScale + k) >>> 0;
      words[2 * k + 1] = (v - low) / lowScale;
    }
    sortKeys.sort();
    const run = order.slice(start, end);
    const mask = posScale - 1;
    for (let k = 0; k < n; k++) order[start + k] = run[words[2 * k]! & mask]!;
    if (!longer) continue; // every key was read whole: ties are equal strings, already by position
    let a = 0;
    while (a < n) {
      const v = valueOf(order[start + a]!);
      let b = a + 1;
      while (b < n && valueOf(order[start + b]!) === v) b++;
      if (b - a > 1) stack.push(start + a, start + b, group + 1);
      a = b;
    }
  }
  if (sameAsPrevious) {
    const equal = (a: number, b: number): boolean => {
      if (lengths[a] !== lengths[b]) return false;
      for (let g = 0; g < GROUPS; g++) if (groups[g]![a] !== groups[g]![b]) return false;
      return lengths[a]! <= GROUPS * width || keyOf(a) === keyOf(b);
    };
    sameAsPrevious[0] = 0;
    for (let k = 1; k < total; k++) sameAsPrevious[k] = equal(order[k - 1]!, order[k]!) ? 1 : 0;
  }
  return order.map((e) => indexes[e]!);
}

/** Element order of a and b: by the packed groups from `group` on, then as strings, then by index. */
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

function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
