// The rows of an import as SQLite receives them, built before any clock starts, for the benchmark's
// SQLite-alone children (sqlite-floor.ts, sqlite-two-threads.ts): distinct names about as long as real
// ones, and two lists whose follow times come in the export's order (newest first).
import { CHUNK_ROWS } from '../src/main/import/writer/store-people';

/** `count` distinct usernames as JSON-array chunks; `shuffled`: in the order an export names them. */
export function nameChunks(count: number, shuffled: boolean): Buffer[] {
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.push(`user.${String(i).padStart(8, '0')}`);
  if (shuffled) {
    // A fixed-seed shuffle (a linear congruential generator): the same order in every run.
    let seed = 42;
    for (let i = count - 1; i > 0; i--) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      const j = seed % (i + 1);
      [names[i], names[j]] = [names[j]!, names[i]!];
    }
  }
  const chunks: Buffer[] = [];
  for (let start = 0; start < count; start += CHUNK_ROWS)
    chunks.push(Buffer.from(JSON.stringify(names.slice(start, start + CHUNK_ROWS))));
  return chunks;
}

/** A list's rows as JSON-object chunks: handle ids first… in order, follow times newest first. */
export function listChunks(first: number, count: number): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < count; start += CHUNK_ROWS) {
    const rows: string[] = [];
    for (let k = start; k < Math.min(count, start + CHUNK_ROWS); k++)
      rows.push(`"${first + k}":${1_780_000_000_000 - ((k * 7919) % count) * 60_000}`);
    chunks.push(`{${rows.join(',')}}`);
  }
  return chunks;
}

/** Seconds each named step takes, in the order they ran. */
export function stepTimer(): {
  seconds: Record<string, number>;
  timed: (step: string, work: () => void) => void;
} {
  const seconds: Record<string, number> = {};
  return {
    seconds,
    timed: (step, work) => {
      const started = performance.now();
      work();
      seconds[step] = (performance.now() - started) / 1000;
    },
  };
}
