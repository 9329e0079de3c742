// `npm run bench`: for 10k, 100k and 1M followers (+ as many following, + watch history), import a
// generated export into a fresh database in a child process and print seconds, records/s, peak RSS,
// and the floor measured in the same run (JSON.parse of the same file + bulk insert of the same rows
// with one prepared statement) with the import's ratio to it. Then the same for an Instagram export with
// 1M followers (bench/instagram.ts), its ratio printed beside TikTok's.
//   npm run bench [-- --sizes 10k,100k,1M,ig-1M]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR, ensureExport } from './generate';
import { ensureInstagramExport, folderBytes, INSTAGRAM_BENCH } from './instagram';
import { BENCH_SIZES } from './sizes';

const { values } = parseArgs({ options: { sizes: { type: 'string' } } });
const wanted = values.sizes?.split(',') ?? [...BENCH_SIZES.map((s) => s.label), INSTAGRAM_BENCH.label];
const sizes = BENCH_SIZES.filter((s) => wanted.includes(s.label));

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs a bench child under tsx (fresh process, so its RSS is its own) and parses its JSON line. */
function child<T>(script: string, args: string[]): T {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, script), ...args],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

fs.mkdirSync(DATA_DIR, { recursive: true });
const table: string[][] = [];
for (const size of sizes) {
  const file = ensureExport(size, log);
  const db = path.join(DATA_DIR, `bench-${size.label}.db`);
  log(`importing ${size.label} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)…`);
  const run = child<{ seconds: number; records: number; maxRssMb: number }>('import-child.ts', [file, db]);
  log(`floor ${size.label}…`);
  const floor = child<{ parseSeconds: number; insertSeconds: number; rows: number }>('floor-child.ts', [
    file,
    path.join(DATA_DIR, `floor-${size.label}.db`),
  ]);
  const floorSeconds = floor.parseSeconds + floor.insertSeconds;
  table.push([
    size.label,
    `${size.followers}/${size.following}/${size.watched}`,
    run.seconds.toFixed(2),
    Math.round(run.records / run.seconds).toLocaleString('en-US'),
    run.maxRssMb.toFixed(0),
    floor.parseSeconds.toFixed(2),
    floor.insertSeconds.toFixed(2),
    floorSeconds.toFixed(2),
    (run.seconds / floorSeconds).toFixed(2),
  ]);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
}

if (wanted.includes(INSTAGRAM_BENCH.label)) {
  const size = INSTAGRAM_BENCH;
  const dir = ensureInstagramExport(size, log);
  const db = path.join(DATA_DIR, `bench-${size.label}.db`);
  log(`importing ${size.label} (${(folderBytes(dir) / 1e6).toFixed(1)} MB)…`);
  const run = child<{ seconds: number; records: number; maxRssMb: number }>('import-child.ts', [dir, db]);
  log(`floor ${size.label}…`);
  const floor = child<{ parseSeconds: number; insertSeconds: number; rows: number }>(
    'floor-instagram-child.ts',
    [dir, path.join(DATA_DIR, `floor-${size.label}.db`)],
  );
  const floorSeconds = floor.parseSeconds + floor.insertSeconds;
  table.push([
    size.label,
    `${size.followers}/${size.following}/-`,
    run.seconds.toFixed(2),
    Math.round(run.records / run.seconds).toLocaleString('en-US'),
    run.maxRssMb.toFixed(0),
    floor.parseSeconds.toFixed(2),
    floor.insertSeconds.toFixed(2),
    floorSeconds.toFixed(2),
    (run.seconds / floorSeconds).toFixed(2),
  ]);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
}

const head = [
  'size',
  'followers/following/watched',
  'import s',
  'records/s',
  'peak RSS MB',
  'parse s',
  'insert s',
  'floor s',
  'ratio',
];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
process.stdout.write(`${line(head)}\n${table.map(line).join('\n')}\n`);
process.stdout.write('Targets: 1M row ≤ 8 s, peak RSS ≤ 600 MB, ratio ≤ 3; 10k < 1 s.\n');

// Audience analytics on 10 snapshots × 1M followers (bench/audience.ts).
(await import('./audience')).runAudienceBench();
