// What durability costs at COMMIT: the same import-sized transaction (rows like a follower list) and a
// run of small transactions (like tagging in the app), committed with `synchronous = NORMAL` (WAL: the
// database survives a crash of the app; a power loss can undo the last commits, never half of one) and
// `synchronous = FULL` (the WAL is synced at every commit: a commit reported done survives power loss).
//   npx tsx bench/durability.ts [--rows 1000000] [--small 300] [--dir DIR]  (DIR on the disk to measure)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../src/main/db/open';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    small: { type: 'string', default: '300' },
    dir: { type: 'string', default: os.tmpdir() },
  },
});
const rows = Number(values.rows);
const small = Number(values.small);

for (const mode of ['NORMAL', 'FULL'] as const) {
  const dir = fs.mkdtempSync(path.join(values.dir, 'followscope-durability-'));
  try {
    const db = openDatabase(path.join(dir, 'd.db'));
    db.pragma(`synchronous = ${mode}`);
    db.exec('CREATE TEMP TABLE IF NOT EXISTS x (a INTEGER)');
    db.exec('CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, handle INTEGER, at INTEGER) STRICT');
    const insert = db.prepare('INSERT INTO bench_rows (handle, at) VALUES (?, ?)');
    db.exec('BEGIN');
    for (let i = 0; i < rows; i++) insert.run(i, 1_700_000_000_000 + i);
    let start = performance.now();
    db.exec('COMMIT');
    const commitMs = performance.now() - start;
    start = performance.now();
    for (let i = 0; i < small; i++) insert.run(i, i);
    const smallMs = (performance.now() - start) / small;
    closeDatabase(db);
    process.stdout.write(
      `synchronous=${mode.padEnd(6)}  commit of ${rows} rows ${commitMs.toFixed(1).padStart(7)} ms   ` +
        `one small commit ${smallMs.toFixed(2).padStart(6)} ms\n`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
