// Instagram's "recently unfollowed" list: the user's own unfollows, as the newest export that held the
// list names them. Not derived from comparing exports (that is the unfollowers list's job): Instagram
// says it directly, with the time.
import type { UnfollowedByYou } from '../../shared/domain';
import type { Db } from '../db/open';

export function unfollowedByYou(db: Db, accountId: number): UnfollowedByYou | null {
  const newest = db
    .prepare(
      `SELECT s.id, s.taken_at AS takenAt FROM snapshots s
        WHERE s.account_id = ?
          AND EXISTS (SELECT 1 FROM own_list_entries e WHERE e.snapshot_id = s.id AND e.list = 'recentlyUnfollowed')
        ORDER BY s.taken_at DESC LIMIT 1`,
    )
    .get(accountId) as { id: number; takenAt: number } | undefined;
  if (!newest) return null;
  const rows = db
    .prepare(
      `SELECT username, at FROM own_list_entries
        WHERE snapshot_id = ? AND list = 'recentlyUnfollowed' ORDER BY at DESC, username`,
    )
    .all(newest.id) as Array<{ username: string; at: number | null }>;
  return {
    asOf: new Date(newest.takenAt).toISOString(),
    rows: rows.map((r) => ({
      username: r.username,
      unfollowedAt: r.at === null ? null : new Date(r.at).toISOString(),
    })),
  };
}
