// Child process of the benchmark: the floor an Instagram import is compared with, on the same folder.
// (1) Read every followers/following list file and JSON.parse it whole; (2) insert the same rows
// (username + time) into a fresh SQLite table with one prepared statement in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const [exportDir, dbPath] = process.argv.slice(2) as [string, string];

interface IgRecord {
  title?: string;
  string_list_data?: { value?: string; href?: string; timestamp?: number }[];
}

const files = fs
  .readdirSync(exportDir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /^(followers_\d+|following)\.json$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name));

let started = performance.now();
const rows: [string, number | null][] = [];
for (const file of files) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as IgRecord[] | Record<string, IgRecord[]>;
  const records = Array.isArray(doc) ? doc : (Object.values(doc)[0] ?? []);
  for (const r of records) {
    const s = r.string_list_data?.[0];
    rows.push([s?.value ?? r.title ?? '', s?.timestamp ?? null]);
  }
}
const parseSeconds = (performance.now() - started) / 1000;

for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE rows (username TEXT, at INTEGER)');
started = performance.now();
const insert = db.prepare('INSERT INTO rows VALUES (?, ?)');
db.transaction(() => {
  for (const [username, at] of rows) insert.run(username, at);
})();
const insertSeconds = (performance.now() - started) / 1000;
db.close();
process.stdout.write(`${JSON.stringify({ parseSeconds, insertSeconds, rows: rows.length })}\n`);
