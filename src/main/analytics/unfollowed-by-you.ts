// Instagram's "recently unfollowed" list: the user's own unfollows, as the newest export that carried the
// list names them. Not derived from comparing exports (that is the unfollowers list's job): Instagram
// says it directly, with the time. An export that carried the list empty says "nobody"; null when no
// export carried it (not in this export: unknown).
import type { UnfollowedByYou } from '../../shared/domain';
import type { Db } from '../db/open';
import { accountTimeline, newestCarrying } from './timeline';

export function unfollowedByYou(db: Db, accountId: number): UnfollowedByYou | null {
  const newest = newestCarrying(accountTimeline(db, accountId), 'recentlyUnfollowed');
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
