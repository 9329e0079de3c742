// The insert half of the benchmark's floor, shared by the TikTok and Instagram floors: the same rows
// into a fresh SQLite table with one prepared statement in one transaction. Returns its seconds.
import fs from 'node:fs';
import Database from 'better-sqlite3';

export function floorInsert(
  dbPath: string,
  rows: readonly [string | null, string | number | null][],
): number {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE rows (username TEXT, at)');
  const started = performance.now();
  const insert = db.prepare('INSERT INTO rows VALUES (?, ?)');
  db.transaction(() => {
    for (const [username, at] of rows) insert.run(username, at);
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}
