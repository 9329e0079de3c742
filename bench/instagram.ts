// The Instagram case of `npm run bench`: a "Download your information" export (JSON, 2025 shape, as an
// unzipped folder) with 1M followers split over followers_N.json files, generated once with the fixture
// generator and cached in bench/.data/. Its floor is the same as TikTok's, on the same files: JSON.parse
// of every list file plus a bulk insert of the same rows (bench/floor-instagram-child.ts).
import fs from 'node:fs';
import path from 'node:path';
import { writeInstagramExport } from '../tests/fixtures/instagram/export';
import { benchHistory, DATA_DIR, generateOnce, SEED } from './generate';

export interface InstagramBenchSize {
  label: string;
  followers: number;
  /** Instagram caps following at 7,500 accounts. */
  following: number;
  /** Followers per followers_N.json (Instagram splits large lists). */
  perFile: number;
}

export const INSTAGRAM_BENCH: InstagramBenchSize = {
  label: 'ig-1M',
  followers: 1_000_000,
  following: 7_500,
  perFile: 5_000,
};

/** Total bytes of the files under a folder. */
export function folderBytes(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
}

/** The export folder for the size, generated when missing. Returns its path. */
export function ensureInstagramExport(size: InstagramBenchSize, log: (line: string) => void): string {
  return generateOnce(
    path.join(DATA_DIR, `instagram-${size.label}-s${SEED}`),
    `${size.label} Instagram export`,
    log,
    (partial) =>
      writeInstagramExport(
        benchHistory(size.followers, size.following),
        0,
        { shape: '2025', format: 'json', container: 'folder', followersPerFile: size.perFile },
        partial,
      ),
    folderBytes,
  );
}
