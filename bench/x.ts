// The X case of `npm run bench`: an X archive (as an unzipped folder) with 1M followers in one
// data/follower.js, as X writes it, generated once with the fixture generator and cached in bench/.data/.
// Its one-off script: JSON.parse of each data file whole and two Sets of account ids
// (bench/floor-x-child.ts).
import fs from 'node:fs';
import path from 'node:path';
import { generateHistory } from '../tests/fixtures/history';
import { writeXArchive } from '../tests/fixtures/x/archive';
import { DATA_DIR } from './generate';
import { folderBytes } from './instagram';

export interface XBenchSize {
  label: string;
  followers: number;
  following: number;
}

export const X_BENCH: XBenchSize = { label: 'x-1M', followers: 1_000_000, following: 5_000 };

const SEED = 42;

/** The archive folder for the size, generated when missing. Returns its path. */
export function ensureXExport(size: XBenchSize, log: (line: string) => void): string {
  const dir = path.join(DATA_DIR, `x-${size.label}-s${SEED}`);
  if (fs.existsSync(dir)) return dir;
  log(`generating ${size.label} X archive…`);
  const started = performance.now();
  const model = generateHistory({
    seed: SEED,
    username: 'bench.creator',
    startFollowers: size.followers,
    followingCount: size.following,
    snapshots: 1,
    months: 1,
  });
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  writeXArchive(model, 0, { container: 'folder' }, partial);
  fs.renameSync(partial, dir);
  log(
    `  ${(folderBytes(dir) / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return dir;
}
