// Followers in a snapshot whose follow date falls within the days before it (a range of the follow-date
// index from migration 003, not a scan of the snapshot).
import type { Db } from '../db/open';
import { DAY_MS } from './audience-snapshots';

export function newFollowersWithin(db: Db, snapshotId: number, takenAt: number, days: number): number {
  return db
    .prepare('SELECT COUNT(*) FROM snapshot_followers WHERE snapshot_id = ? AND followed_at >= ?')
    .pluck()
    .get(snapshotId, takenAt - days * DAY_MS) as number;
}

/** mutuals / following; null when the account follows nobody. */
export function followBackRate(mutuals: number, following: number): number | null {
  return following > 0 ? mutuals / following : null;
}
