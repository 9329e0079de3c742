// Child process of the benchmark: the least an import could take after its read if a second thread wrote
// the rows while the first reads. Writing during the read needs two things today's schema does not give:
//   - every row in arrival order: a handle's id the moment its name is read (the unique username index
//     cannot take names in arrival order: measured 7.5-10 s for 1.65M names, against 1 s sorted), so the
//     index is left out while the rows go in and built once at the end;
//   - the account known before the lists (a TikTok export names it after them).
// So this child changes the schema of a scratch database (handles without their inline unique
// constraint) and times, on the import's connection settings and statements:
//   during the read: handles (arrival order, no index), followers (no date index), following;
//   after the read:  the username index, the followers' date index, the commit.
// Prints {during: {...}, after: {...}, duringTotal, afterTotal} in seconds as JSON.
//   node sqlite-two-threads.mjs <db> <handles> <followers> <following>
import fs from 'node:fs';
import { closeDatabase, openDatabase } from '../src/main/db/open';
import { openImportConnection } from '../src/main/import/writer/import-connection';
import { CHUNK_ROWS, INSERT_NEW_HANDLES, listRowsSql } from '../src/main/import/writer/store-people';
import { listChunks, nameChunks, stepTimer } from './floor-rows';

const [dbPath, handleCount, followerCount, followingCount] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
const setup = openDatabase(dbPath);
const followerIndex = setup
  .prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = 'snapshot_followers_by_time'")
  .pluck()
  .get() as string;
setup.exec(`DROP TABLE handles;
  CREATE TABLE handles (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    username TEXT NOT NULL COLLATE NOCASE
  ) STRICT;
  DROP INDEX snapshot_followers_by_time;`);
closeDatabase(setup);

const names = nameChunks(Number(handleCount), true);
const followerChunks = listChunks(1, Number(followerCount));
const followingChunks = listChunks(1 + Number(followerCount), Number(followingCount));

const db = openImportConnection(dbPath);
const during = stepTimer();
during.timed('handles', () => {
  const insert = db.prepare(INSERT_NEW_HANDLES);
  names.forEach((chunk, k) => insert.run(1 + k * CHUNK_ROWS, 1, chunk));
});
during.timed('followers', () => {
  const insert = db.prepare(listRowsSql('snapshot_followers', 1));
  for (const chunk of followerChunks) insert.run(chunk);
});
during.timed('following', () => {
  const insert = db.prepare(listRowsSql('snapshot_following', 1));
  for (const chunk of followingChunks) insert.run(chunk);
});
const after = stepTimer();
after.timed('username index', () =>
  db.exec('CREATE UNIQUE INDEX handles_by_username ON handles (account_id, username)'),
);
after.timed('followers index', () => db.exec(followerIndex));
after.timed('commit', () => db.exec('COMMIT'));
db.close();
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
const sum = (seconds: Record<string, number>) => Object.values(seconds).reduce((a, b) => a + b, 0);
process.stdout.write(
  `${JSON.stringify({
    during: during.seconds,
    after: after.seconds,
    duringTotal: sum(during.seconds),
    afterTotal: sum(after.seconds),
  })}\n`,
);
