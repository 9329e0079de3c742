// Sorts a subset of strings (given by index) in code-unit order without comparing millions of strings
// pairwise.
//
// Array.prototype.sort on two million usernames takes 10-20 s on a loaded 2-core box: every comparison is
// a string comparison, and generated (or real) names share long prefixes. Instead this is a most-
// significant-digit radix sort: a few code units at a time, ranked over the alphabet that actually occurs,
// are packed with the element's position into one float64, and a typed-array sort orders them; runs that
// share those code units are refined on the next ones. Small runs fall back to string comparison. The
// result is exactly the code-unit order of `<`, ties (equal strings) by index.

/** Bits a float64 holds exactly. */
const EXACT_BITS = 53;
/** Runs up to this size are finished with plain string comparison. */
const SMALL_RUN = 48;

/** `indexes` (into `keys`, ascending) ordered by keys[index] in code-unit order; equal keys stay by index. */
export function sortIndexesByKey(keys: readonly string[], indexes: Int32Array): Int32Array {
  const out = indexes.slice();
  if (out.length < 2) return out;
  // Rank of each code unit that occurs; 0 stands for "the string ended here".
  const rank = new Uint32Array(0x10000);
  for (let k = 0; k < out.length; k++) {
    const key = keys[out[k]!]!;
    for (let p = 0; p < key.length; p++) rank[key.charCodeAt(p)] = 1;
  }
  let alphabet = 0;
  for (let c = 0; c < 0x10000; c++) if (rank[c] === 1) rank[c] = ++alphabet;
  const charBits = Math.max(1, Math.ceil(Math.log2(alphabet + 1)));
  const charScale = 2 ** charBits;

  // Pending runs [start, end) whose keys agree on their first `depth` code units.
  const stack: number[] = [0, out.length, 0];
  while (stack.length > 0) {
    const depth = stack.pop()!;
    const end = stack.pop()!;
    const start = stack.pop()!;
    const n = end - start;
    if (n <= SMALL_RUN) {
      sortSmall(keys, out, start, end);
      continue;
    }
    const posBits = Math.ceil(Math.log2(n));
    const width = Math.floor((EXACT_BITS - posBits) / charBits);
    if (width < 1) {
      sortSmall(keys, out, start, end);
      continue;
    }
    const posScale = 2 ** posBits;
    const packed = new Float64Array(n);
    let longer = false; // does any key go on past depth + width?
    for (let k = 0; k < n; k++) {
      const key = keys[out[start + k]!]!;
      let v = 0;
      for (let p = depth; p < depth + width; p++) {
        v = v * charScale + (p < key.length ? rank[key.charCodeAt(p)]! : 0);
      }
      if (key.length > depth + width) longer = true;
      packed[k] = v * posScale + k;
    }
    packed.sort();
    const run = out.slice(start, end);
    for (let k = 0; k < n; k++) out[start + k] = run[packed[k]! % posScale]!;
    if (!longer) continue; // every key was read whole: ties are equal strings, already by position
    let a = 0;
    while (a < n) {
      const head = Math.floor(packed[a]! / posScale);
      let b = a + 1;
      while (b < n && Math.floor(packed[b]! / posScale) === head) b++;
      if (b - a > 1) stack.push(start + a, start + b, depth + width);
      a = b;
    }
  }
  return out;
}

function sortSmall(keys: readonly string[], out: Int32Array, start: number, end: number): void {
  const run = Array.from(out.subarray(start, end));
  run.sort((a, b) => {
    const x = keys[a]!;
    const y = keys[b]!;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  out.set(run, start);
}
