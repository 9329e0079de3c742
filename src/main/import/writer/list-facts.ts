// What the audience aggregates need from a snapshot's own lists, counted while the lists are in memory:
// follows per UTC day for each side (snapshot_follow_days) and the mutual count (snapshots.mutual_total).
// Here it costs milliseconds; read back from a million stored rows it cost the first Audience page about
// two seconds. Days are computed as SQLite's `followed_at / 86400000` is (integer division, truncated),
// so these counts equal the ones migration 005 computed in SQL for older snapshots.
import type { Db } from '../../db/open';
import { DAY_MS } from './day-counts';
import type { CollapsedList } from './people';

/** Follows per UTC day (day number → count) of the dated entries of a list. */
export function followDays({ present, time }: CollapsedList): Map<number, number> {
  const days = new Map<number, number>();
  for (let i = 0; i < present.length; i++) {
    if (!present[i]) continue;
    const at = time(i);
    if (Number.isNaN(at)) continue;
    const day = Math.trunc(at / DAY_MS);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

/** People present in both lists. */
export function mutualCount(followers: CollapsedList, following: CollapsedList): number {
  let n = 0;
  const a = followers.present;
  const b = following.present;
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] && b[i]) n++;
  return n;
}

/** Stores the follow days of both sides and the mutual count of a snapshot just written. */
export function storeListFacts(
  db: Db,
  snapshotId: number,
  followers: CollapsedList,
  following: CollapsedList,
): void {
  const insert = db.prepare(
    'INSERT INTO snapshot_follow_days (snapshot_id, side, day, count) VALUES (?, ?, ?, ?)',
  );
  for (const [side, list] of [followers, following].entries()) {
    for (const [day, count] of followDays(list)) insert.run(snapshotId, side, day, count);
  }
  db.prepare('UPDATE snapshots SET mutual_total = ? WHERE id = ?').run(
    mutualCount(followers, following),
    snapshotId,
  );
}
