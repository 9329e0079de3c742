// Writes (once) the benchmark's exports with the fixture generator: layout B, the bare JSON file, so the
// floor can JSON.parse the very same bytes. Cached in bench/.data/ (gitignored) by size and seed.
import fs from 'node:fs';
import path from 'node:path';
import { generateHistory } from '../tests/fixtures/history';
import { writeAccountExport } from '../tests/fixtures/tiktok/export';
import type { BenchSize } from './sizes';

export const DATA_DIR = path.resolve(import.meta.dirname, '.data');
const SEED = 42;

export function benchExportPath(size: BenchSize): string {
  return path.join(DATA_DIR, `tiktok-${size.label}-s${SEED}.json`);
}

/** The export file for a size, generated when missing. Returns its path. */
export function ensureExport(size: BenchSize, log: (line: string) => void): string {
  const file = benchExportPath(size);
  if (fs.existsSync(file)) return file;
  log(`generating ${size.label} export…`);
  const started = performance.now();
  const model = generateHistory({
    seed: SEED,
    username: 'bench.creator',
    startFollowers: size.followers,
    followingCount: size.following,
    snapshots: 1,
    months: 1,
  });
  const partial = `${file}.partial`;
  writeAccountExport(
    model,
    0,
    { layout: 'B', container: 'json', activity: { watchHistory: size.watched } },
    partial,
  );
  fs.renameSync(partial, file);
  log(
    `  ${(fs.statSync(file).size / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return file;
}
