// Child process of the benchmark: the floor an import is compared with, on the same file. (1) Read the
// file and JSON.parse it whole; (2) insert the same rows (followers, following: username + time; watch
// history: time) into a fresh SQLite table with one prepared statement in one transaction.
import fs from 'node:fs';
import { floorInsert } from './floor-insert';

const [exportPath, dbPath] = process.argv.slice(2) as [string, string];

const started = performance.now();
const doc = JSON.parse(fs.readFileSync(exportPath, 'utf8')) as Record<
  string,
  Record<string, Record<string, unknown[]>>
>;
const parseSeconds = (performance.now() - started) / 1000;

const activity = doc['Your Activity']!;
const rows: [string | null, string][] = [];
for (const r of activity['Follower']!['FansList'] as { UserName: string; Date: string }[])
  rows.push([r.UserName, r.Date]);
for (const r of activity['Following']!['Following'] as { UserName: string; Date: string }[])
  rows.push([r.UserName, r.Date]);
for (const r of activity['Watch History']!['VideoList'] as { Date: string }[]) rows.push([null, r.Date]);

const insertSeconds = floorInsert(dbPath, rows);
process.stdout.write(`${JSON.stringify({ parseSeconds, insertSeconds, rows: rows.length })}\n`);
