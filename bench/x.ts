// The X case of `npm run bench`: an X archive (as an unzipped folder) with 1M followers in one
// data/follower.js, as X writes it, generated once with the fixture generator and cached in bench/.data/.
// Its one-off script: JSON.parse of each data file whole and two Sets of account ids
// (bench/floor-x-child.ts).
import path from 'node:path';
import { writeXArchive } from '../tests/fixtures/x/archive';
import { benchHistory, DATA_DIR, generateOnce, SEED } from './generate';
import { folderBytes } from './instagram';

export interface XBenchSize {
  label: string;
  followers: number;
  following: number;
}

export const X_BENCH: XBenchSize = { label: 'x-1M', followers: 1_000_000, following: 5_000 };

/** The archive folder for the size, generated when missing. Returns its path. */
export function ensureXExport(size: XBenchSize, log: (line: string) => void): string {
  return generateOnce(
    path.join(DATA_DIR, `x-${size.label}-s${SEED}`),
    `${size.label} X archive`,
    log,
    (partial) =>
      writeXArchive(benchHistory(size.followers, size.following), 0, { container: 'folder' }, partial),
    folderBytes,
  );
}
