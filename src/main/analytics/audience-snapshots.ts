// The snapshots audience analytics compare: an account's account-export snapshots in time order.
// Studio imports carry no people, and an export that holds neither followers nor following (a partial
// export with only activity) would read as "everyone left": both are left out of every comparison.
import type { Db } from '../db/open';

export interface AudienceSnapshot {
  id: number;
  takenAt: number;
  importedAt: number;
  profileFollowers: number | null;
  profileFollowing: number | null;
}

export function audienceSnapshots(db: Db, accountId: number): AudienceSnapshot[] {
  return db
    .prepare(
      `SELECT id, taken_at AS takenAt, imported_at AS importedAt,
              profile_followers AS profileFollowers, profile_following AS profileFollowing
         FROM snapshots
        WHERE account_id = ? AND kind = 'account-export' AND (follower_total > 0 OR following_total > 0)
        ORDER BY taken_at, id`,
    )
    .all(accountId) as AudienceSnapshot[];
}

/** The snapshot to read (the given one, or the newest) and the one before it. */
export function pickSnapshot(
  snapshots: readonly AudienceSnapshot[],
  snapshotId?: number,
): { current: AudienceSnapshot; previous: AudienceSnapshot | null } | null {
  const index =
    snapshotId === undefined ? snapshots.length - 1 : snapshots.findIndex((s) => s.id === snapshotId);
  if (index < 0) return null;
  const current = snapshots[index];
  if (!current) return null;
  return { current, previous: index > 0 ? (snapshots[index - 1] ?? null) : null };
}

export const DAY_MS = 86_400_000;

/** The two people tables and the side number the aggregates use for them. */
export const sides = [
  { side: 0, table: 'snapshot_followers' },
  { side: 1, table: 'snapshot_following' },
] as const;
