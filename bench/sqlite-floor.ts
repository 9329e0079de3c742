// Child process of the benchmark: what SQLite alone takes to store the rows of an import, with nothing
// else in the process. A fresh database gets `handles` new names and two lists of `followers` and
// `following` rows through the import's own connection settings and statements, from JSON chunks built
// before the clock starts, then the commit. An import on one thread can be no faster than its read plus
// this: the benchmark prints that bound beside the one-off script. Prints
// {handles, followers, following, commit, total} in seconds as JSON.
//   node sqlite-floor.mjs <db> <handles> <followers> <following>
import fs from 'node:fs';
import { closeDatabase, openDatabase } from '../src/main/db/open';
import { openImportConnection } from '../src/main/import/writer/import-connection';
import { withFollowerDateIndex } from '../src/main/import/writer/follower-index';
import { CHUNK_ROWS, INSERT_NEW_HANDLES, listRowsSql } from '../src/main/import/writer/store-people';
import { listChunks, nameChunks, stepTimer } from './floor-rows';

const [dbPath, handleCount, followerCount, followingCount] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];
const handles = Number(handleCount);
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
closeDatabase(openDatabase(dbPath)); // migrate first: not part of an import

// Names as an import writes them: distinct, in key order.
const names = nameChunks(handles, false);
const followerChunks = listChunks(1, Number(followerCount));
const followingChunks = listChunks(1 + Number(followerCount), Number(followingCount));

const db = openImportConnection(dbPath);
const { seconds, timed } = stepTimer();
timed('handles', () => {
  const insert = db.prepare(INSERT_NEW_HANDLES);
  names.forEach((chunk, k) => insert.run(1 + k * CHUNK_ROWS, 1, chunk));
});
timed('followers', () =>
  withFollowerDateIndex(db, Number(followerCount), () => {
    const insert = db.prepare(listRowsSql('snapshot_followers', 1));
    for (const chunk of followerChunks) insert.run(chunk);
  }),
);
timed('following', () => {
  const insert = db.prepare(listRowsSql('snapshot_following', 1));
  for (const chunk of followingChunks) insert.run(chunk);
});
timed('commit', () => db.exec('COMMIT'));
db.close();
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
const total = Object.values(seconds).reduce((a, b) => a + b, 0);
process.stdout.write(`${JSON.stringify({ ...seconds, total })}\n`);
