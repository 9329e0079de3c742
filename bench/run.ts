// `npm run bench`: for 10k, 100k and 1M followers (+ as many following, + watch history), measured in
// turn in the same run (alternating, median of --runs):
//   - the import: a generated export into a fresh database through the service, in a child process
//     (seconds, records/s, peak RSS), then the same file again (recognized as a duplicate);
//   - the one-off script on the same file (JSON.parse of it whole + two Sets of usernames);
// and prints the import's ratio to the one-off (goal ≤ 1.5), its peak RSS (goal ≤ 300 MB), the
// re-import's share of the first import (goal ≤ 10 %), the split of the largest import's time by step,
// the least SQLite alone takes for the same rows (bench/sqlite-floor.ts) and so the bound of an import on
// one thread, the same rows written during the read by a second thread (bench/sqlite-two-threads.ts) and
// so the bound of any two-thread design, a 10k export end to end including process start (goal ≤ 0.5 s),
// then the audience benchmark (10 snapshots × 1M followers: aggregates, pages, username search;
// bench/audience.ts). The same import and one-off comparison runs on an Instagram export with 1M
// followers split over followers_N.json (`ig-1M`, bench/instagram.ts) and on an X archive with 1M
// followers in one data/follower.js (`x-1M`, bench/x.ts), their ratios printed beside TikTok's.
//   npm run bench [-- --sizes 10k,100k,1M,ig-1M,x-1M] [--runs 3] [--no-audience]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleForNode } from '../scripts/build-cli';
import { cliImportSeconds } from './cli-start';
import { DATA_DIR, ensureExport } from './generate';
import { ensureInstagramExport, folderBytes, INSTAGRAM_BENCH } from './instagram';
import { ensureXExport, X_BENCH } from './x';
import { BENCH_SIZES } from './sizes';

const GOAL = { ratio: 1.5, rssMb: 300, duplicateShare: 0.1, smallEndToEnd: 0.5, searchMs: 20 };

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'no-audience': { type: 'boolean', default: false },
  },
});
const wanted = values.sizes?.split(',') ?? [
  ...BENCH_SIZES.map((s) => s.label),
  INSTAGRAM_BENCH.label,
  X_BENCH.label,
];
const sizes = BENCH_SIZES.filter((s) => wanted.includes(s.label));
const runs = Math.max(1, Number(values.runs));

const log = (line: string) => process.stderr.write(`${line}\n`);
const out = (line = '') => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

/** Each child script, bundled once per run into one file for plain Node (as the product ships). */
const bundled = new Map<string, string>();
async function bundle(script: string): Promise<string> {
  let file = bundled.get(script);
  if (!file) {
    const out = path.join(DATA_DIR, 'bundled', script.replace(/\.ts$/, '.mjs'));
    file = await bundleForNode(path.join(import.meta.dirname, script), out);
    bundled.set(script, file);
  }
  return file;
}

/** Runs a bench child, bundled, in a fresh process (so its RSS is its own); parses its last JSON line. */
async function child<T>(script: string, args: string[]): Promise<T> {
  const text = execFileSync(process.execPath, [await bundle(script), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(text.trim().split('\n').pop()!) as T;
}

interface ImportRun {
  seconds: number;
  again: number;
  records: number;
  maxRssMb: number;
}
interface OneOffRun {
  seconds: number;
  maxRssMb: number;
}

fs.mkdirSync(DATA_DIR, { recursive: true });
out(
  `${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at the start; median of ${runs} run(s)`,
);
const table: string[][] = [];
/** The one-off script's median seconds per case. */
const oneOffSeconds = new Map<string, number>();
/** One case: an export (file or folder) imported, then the one-off script on the same input, in turn. */
interface BenchCase {
  label: string;
  counts: string;
  input: string;
  bytes: number;
  oneOffScript: string;
}
const cases: BenchCase[] = sizes.map((size) => {
  const file = ensureExport(size, log);
  return {
    label: size.label,
    counts: `${size.followers}/${size.following}/${size.watched}`,
    input: file,
    bytes: fs.statSync(file).size,
    oneOffScript: 'floor-child.ts',
  };
});
if (wanted.includes(INSTAGRAM_BENCH.label)) {
  const dir = ensureInstagramExport(INSTAGRAM_BENCH, log);
  cases.push({
    label: INSTAGRAM_BENCH.label,
    counts: `${INSTAGRAM_BENCH.followers}/${INSTAGRAM_BENCH.following}/-`,
    input: dir,
    bytes: folderBytes(dir),
    oneOffScript: 'floor-instagram-child.ts',
  });
}
if (wanted.includes(X_BENCH.label)) {
  const dir = ensureXExport(X_BENCH, log);
  cases.push({
    label: X_BENCH.label,
    counts: `${X_BENCH.followers}/${X_BENCH.following}/-`,
    input: dir,
    bytes: folderBytes(dir),
    oneOffScript: 'floor-x-child.ts',
  });
}
for (const c of cases) {
  const db = path.join(DATA_DIR, `bench-${c.label}.db`);
  const imports: ImportRun[] = [];
  const oneOffs: OneOffRun[] = [];
  for (let r = 0; r < runs; r++) {
    log(`${c.label} (${(c.bytes / 1e6).toFixed(1)} MB), run ${r + 1}/${runs}: import…`);
    imports.push(
      await child<ImportRun>('import-child.ts', [
        c.input,
        db,
        path.resolve(import.meta.dirname, '../resources'),
      ]),
    );
    log(`${c.label}, run ${r + 1}/${runs}: one-off script…`);
    oneOffs.push(await child<OneOffRun>(c.oneOffScript, [c.input]));
  }
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
  const seconds = median(imports.map((i) => i.seconds));
  const again = median(imports.map((i) => i.again));
  const rss = Math.max(...imports.map((i) => i.maxRssMb));
  const oneOff = median(oneOffs.map((o) => o.seconds));
  oneOffSeconds.set(c.label, oneOff);
  const ratio = seconds / oneOff;
  table.push([
    c.label,
    c.counts,
    seconds.toFixed(2),
    Math.round(imports[0]!.records / seconds).toLocaleString('en-US'),
    oneOff.toFixed(2),
    `${ratio.toFixed(2)} ${verdict(ratio <= GOAL.ratio)}`,
    `${rss.toFixed(0)} ${verdict(rss <= GOAL.rssMb)}`,
    Math.max(...oneOffs.map((o) => o.maxRssMb)).toFixed(0),
    `${again.toFixed(2)} = ${((100 * again) / seconds).toFixed(0)} % ${verdict(again <= GOAL.duplicateShare * seconds)}`,
  ]);
}

const head = [
  'size',
  'followers/following/watched',
  'import s',
  'records/s',
  'one-off s',
  `ratio (≤ ${GOAL.ratio})`,
  `peak RSS MB (≤ ${GOAL.rssMb})`,
  'one-off RSS MB',
  `re-import s (≤ ${GOAL.duplicateShare * 100} %)`,
];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
out();
out(line(head));
for (const row of table) out(line(row));

// Where the largest import's time goes: the reader and each step of the save (bench/import-steps.ts).
const largest = sizes.at(-1);
if (largest) {
  log(`split of the ${largest.label} import…`);
  const split = await child<{
    steps: [string, number, number, number][];
    total: number;
    cpu: number;
    maxRssMb: number;
  }>('import-steps.ts', [ensureExport(largest, log), path.join(DATA_DIR, 'steps.db'), '--json']);
  for (const f of ['', '-wal', '-shm']) fs.rmSync(path.join(DATA_DIR, `steps.db${f}`), { force: true });
  out();
  out(
    `Split of the ${largest.label} import (reader + SnapshotWriter, one process; wall, share, CPU of every thread, peak RSS after each step):`,
  );
  for (const [step, s, mb, cpu] of split.steps)
    out(
      `  ${step.padEnd(10)} ${s.toFixed(2).padStart(6)} s  ${((100 * s) / split.total).toFixed(0).padStart(3)} %  CPU ${cpu.toFixed(2).padStart(6)} s  ${mb.toFixed(0).padStart(4)} MB`,
    );
  out(
    `  ${'total'.padEnd(10)} ${split.total.toFixed(2).padStart(6)} s        CPU ${split.cpu.toFixed(2).padStart(6)} s`,
  );

  // The least SQLite takes for the same rows, whatever the JavaScript around it does: with the read, the
  // bound of an import that does its work on one thread.
  log(`SQLite alone for the ${largest.label} rows…`);
  const floor = await child<Record<'handles' | 'followers' | 'following' | 'commit' | 'total', number>>(
    'sqlite-floor.ts',
    [
      path.join(DATA_DIR, 'floor.db'),
      String(largest.followers + largest.following),
      String(largest.followers),
      String(largest.following),
    ],
  );
  const read = split.steps.find(([step]) => step === 'read')?.[1] ?? 0;
  const bound = read + floor.total;
  const oneOff = oneOffSeconds.get(largest.label);
  out();
  out(
    `SQLite alone for the same rows (bench/sqlite-floor.ts: the import's statements on chunks built before the clock): handles ${floor.handles.toFixed(2)} s, followers with their date index ${floor.followers.toFixed(2)} s, following ${floor.following.toFixed(2)} s, commit ${floor.commit.toFixed(2)} s; ${floor.total.toFixed(2)} s.`,
  );
  out(
    `One thread can do no better than the read plus that: ${bound.toFixed(2)} s${oneOff ? `, ${(bound / oneOff).toFixed(2)}× the one-off script` : ''}.`,
  );

  // The same rows written while the read goes on, by a second thread: what would be left after the read
  // if the schema allowed it (bench/sqlite-two-threads.ts), so the bound of any two-thread design.
  log(`SQLite on a second thread for the ${largest.label} rows…`);
  const twoThreads = await child<{
    during: Record<string, number>;
    after: Record<string, number>;
    duringTotal: number;
    afterTotal: number;
  }>('sqlite-two-threads.ts', [
    path.join(DATA_DIR, 'floor.db'),
    String(largest.followers + largest.following),
    String(largest.followers),
    String(largest.following),
  ]);
  const steps = (seconds: Record<string, number>) =>
    Object.entries(seconds)
      .map(([step, s]) => `${step} ${s.toFixed(2)} s`)
      .join(', ');
  const twoThreadBound = Math.max(read, twoThreads.duringTotal) + twoThreads.afterTotal;
  out(
    `Written during the read by a second thread (bench/sqlite-two-threads.ts: rows in arrival order, indexes built after): during the read ${steps(twoThreads.during)}; ${twoThreads.duringTotal.toFixed(2)} s. After it: ${steps(twoThreads.after)}; ${twoThreads.afterTotal.toFixed(2)} s.`,
  );
  out(
    `Two threads can do no better than the longer of the read and those writes, plus what must follow: ${twoThreadBound.toFixed(2)} s${oneOff ? `, ${(twoThreadBound / oneOff).toFixed(2)}× the one-off script` : ''}.`,
  );
}

// A small export as a user meets it: process start, database open, import, exit.
const small = BENCH_SIZES[0]!;
log(`${small.label} end to end…`);
const endToEnd = await cliImportSeconds(ensureExport(small, log), DATA_DIR, runs);
out();
out(
  `${small.label} export end to end (fresh process of the bundled CLI import, to its exit): ${endToEnd.toFixed(2)} s ${verdict(endToEnd <= GOAL.smallEndToEnd)} (goal ≤ ${GOAL.smallEndToEnd} s)`,
);

if (!values['no-audience']) {
  out();
  const lines = (await import('./audience')).runAudienceBench();
  const search = lines.find((l) => l.name.includes('search "fan_12345"'));
  if (search)
    out(
      `\nUsername search at 1M rows: ${search.ms.toFixed(1)} ms ${verdict(search.ms <= GOAL.searchMs)} (goal ≤ ${GOAL.searchMs} ms)`,
    );
}
