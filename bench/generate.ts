// Writes (once) the benchmark's exports with the fixture generator: layout B, the bare JSON file, so the
// floor can JSON.parse the very same bytes. Cached in bench/.data/ (gitignored) by size and seed.
import fs from 'node:fs';
import path from 'node:path';
import { generateHistory, type HistoryModel } from '../tests/fixtures/history';
import { writeAccountExport } from '../tests/fixtures/tiktok/export';
import type { BenchSize } from './sizes';

export const DATA_DIR = path.resolve(import.meta.dirname, '.data');
/** The seed of every bench export (in their names: a change of seed is a new export). */
export const SEED = 42;

export function benchExportPath(size: BenchSize): string {
  return path.join(DATA_DIR, `tiktok-${size.label}-s${SEED}.json`);
}

/** The one-snapshot history every bench export is written from. */
export function benchHistory(followers: number, following: number): HistoryModel {
  return generateHistory({
    seed: SEED,
    username: 'bench.creator',
    startFollowers: followers,
    followingCount: following,
    snapshots: 1,
    months: 1,
  });
}

/**
 * `target` (a file or a folder), generated when missing: `write` fills `<target>.partial`, renamed once
 * complete, so an interrupted run leaves no half export to be measured next time. Returns `target`.
 */
export function generateOnce(
  target: string,
  what: string,
  log: (line: string) => void,
  write: (partial: string) => void,
  bytes: (target: string) => number = (file) => fs.statSync(file).size,
): string {
  if (fs.existsSync(target)) return target;
  log(`generating ${what}…`);
  const started = performance.now();
  const partial = `${target}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  write(partial);
  fs.renameSync(partial, target);
  log(`  ${(bytes(target) / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return target;
}

/** The export file for a size, generated when missing. Returns its path. */
export function ensureExport(size: BenchSize, log: (line: string) => void): string {
  return generateOnce(benchExportPath(size), `${size.label} export`, log, (partial) =>
    writeAccountExport(
      benchHistory(size.followers, size.following),
      0,
      { layout: 'B', container: 'json', activity: { watchHistory: size.watched } },
      partial,
    ),
  );
}
