// Loads a generated history straight into a database, one snapshot per export, the way the snapshot
// writer stores it (handles per account, integer joins). Lets analytics tests run on exact, known data
// without going through file parsing (the importer has its own tests; one test here goes through it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../../src/main/db/open';
import type { HistoryModel, HistorySnapshot } from '../../fixtures/history';
import { countListFactsInSql } from '../../../src/main/db/queries/list-facts';

export function tempDbPath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-audience-')), 'test.db');
}

/** Writes snapshots `indexes` (default: all) of the model; returns the account id and snapshot ids. */
export function loadHistory(
  db: Db,
  model: HistoryModel,
  indexes: readonly number[] = model.snapshots.map((_, i) => i),
): { accountId: number; snapshotIds: number[] } {
  return db.transaction(() => {
    db.prepare(
      "INSERT OR IGNORE INTO accounts (platform, username, display_name, created_at) VALUES ('tiktok', ?, ?, 0)",
    ).run(model.username, model.displayName);
    const accountId = db
      .prepare("SELECT id FROM accounts WHERE platform = 'tiktok' AND username = ?")
      .pluck()
      .get(model.username) as number;
    const snapshotIds = indexes.map((i) => insertSnapshot(db, accountId, model, model.snapshots[i]!));
    return { accountId, snapshotIds };
  })();
}

function insertSnapshot(db: Db, accountId: number, model: HistoryModel, snap: HistorySnapshot): number {
  const info = db
    .prepare(
      `INSERT INTO snapshots (account_id, taken_at, taken_at_source, imported_at, source_name, content_hash, kind, format,
                              layout, profile_followers, profile_following, follower_total, following_total, sections)
       VALUES (?, ?, 'test', ?, ?, ?, 'account-export', 'json', 'A', ?, ?, ?, ?, ?)`,
    )
    .run(
      accountId,
      snap.takenAtMs,
      Date.now() + snap.index,
      `${model.username}-${snap.index}.zip`,
      `${model.seed}-${model.username}-${snap.index}-${Math.random()}`,
      snap.followers.length,
      snap.following.length,
      snap.followers.length,
      snap.following.length,
      // What the snapshot writer records: this export carried both lists.
      JSON.stringify(
        (['followers', 'following'] as const).map((section) => {
          const records = snap[section].length;
          return { section, records, present: records > 0, state: records > 0 ? 'present' : 'empty' };
        }),
      ),
    );
  const snapshotId = Number(info.lastInsertRowid);
  const addHandle = db.prepare('INSERT OR IGNORE INTO handles (account_id, username) VALUES (?, ?)');
  const handleId = db.prepare('SELECT id FROM handles WHERE account_id = ? AND username = ?').pluck();
  for (const [table, list] of [
    ['snapshot_followers', snap.followers],
    ['snapshot_following', snap.following],
  ] as const) {
    const insert = db.prepare(`INSERT INTO ${table} (snapshot_id, handle_id, followed_at) VALUES (?, ?, ?)`);
    for (const r of list) {
      addHandle.run(accountId, r.username);
      insert.run(snapshotId, handleId.get(accountId, r.username), r.followedAtMs);
    }
  }
  countListFactsInSql(db, snapshotId);
  return snapshotId;
}
