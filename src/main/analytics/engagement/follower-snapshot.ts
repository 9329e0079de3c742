// The account export whose follower list describes the account's followers best: the newest one that
// has followers. Its follow dates say when each current follower arrived.
import type { Db } from '../../db/open';

export interface FollowerSnapshot {
  id: number;
  takenAt: number;
}

export function latestFollowerSnapshot(db: Db, accountId: number): FollowerSnapshot | null {
  const row = db
    .prepare(
      `SELECT id, taken_at FROM snapshots
        WHERE account_id = ? AND kind = 'account-export' AND follower_total > 0
        ORDER BY taken_at DESC, id DESC LIMIT 1`,
    )
    .get(accountId) as { id: number; taken_at: number } | undefined;
  return row ? { id: row.id, takenAt: row.taken_at } : null;
}

/** Newest account export of the account (with or without followers). */
export function latestExportTime(db: Db, accountId: number): number | null {
  const row = db
    .prepare(`SELECT MAX(taken_at) AS t FROM snapshots WHERE account_id = ? AND kind = 'account-export'`)
    .get(accountId) as { t: number | null };
  return row.t;
}
