// Per-snapshot audience aggregates (audience_snapshot_stats, audience_events, audience_follow_days),
// computed once per snapshot so reads on a 1M-follower account touch thousands of rows, not millions.
//
// Freshness is checked on every read and costs two tiny queries: each stats row records the lineage it
// was computed from (every snapshot of the account up to it, with import times, in order). A snapshot
// added, deleted or re-dated changes the lineage of itself and of every later snapshot, and exactly
// those are recomputed. Snapshot deletion runs with foreign keys off (see db/queries/snapshots.ts), so
// rows of vanished snapshots are removed here rather than trusted to ON DELETE CASCADE.
import type { Db } from '../db/open';
import { audienceSnapshots, DAY_MS, sides, type AudienceSnapshot } from './audience-snapshots';
import { diffSorted, SortedHandleIdsReader } from './sorted-handles';

export interface RefreshResult {
  /** Snapshots whose aggregates were (re)computed. */
  recomputed: number;
  snapshots: AudienceSnapshot[];
}

const lineageOf = (snapshots: readonly AudienceSnapshot[], upTo: number): string =>
  snapshots
    .slice(0, upTo + 1)
    .map((s) => `${s.id}@${s.importedAt}`)
    .join(',');

/** Brings the account's aggregates up to date; cheap when nothing changed. */
export function refreshAudienceAggregates(db: Db, accountId: number): RefreshResult {
  const snapshots = audienceSnapshots(db, accountId);
  const stored = new Map(
    (
      db
        .prepare('SELECT snapshot_id, lineage FROM audience_snapshot_stats WHERE account_id = ?')
        .all(accountId) as {
        snapshot_id: number;
        lineage: string;
      }[]
    ).map((r) => [r.snapshot_id, r.lineage]),
  );
  const present = new Set(snapshots.map((s) => s.id));
  const vanished = [...stored.keys()].filter((id) => !present.has(id));
  const stale = snapshots
    .map((s, i) => ({ s, i, lineage: lineageOf(snapshots, i) }))
    .filter((x) => stored.get(x.s.id) !== x.lineage);
  if (vanished.length === 0 && stale.length === 0) return { recomputed: 0, snapshots };

  const handleIds = new SortedHandleIdsReader(db);
  db.transaction(() => {
    for (const id of vanished) clearSnapshot(db, id);
    for (const { s, i, lineage } of stale) {
      clearSnapshot(db, s.id);
      computeSnapshot(db, accountId, s, snapshots.slice(0, i), lineage, handleIds);
    }
  })();
  return { recomputed: stale.length, snapshots };
}

function clearSnapshot(db: Db, snapshotId: number): void {
  for (const table of ['audience_events', 'audience_follow_days', 'audience_snapshot_stats']) {
    db.prepare(`DELETE FROM ${table} WHERE snapshot_id = ?`).run(snapshotId);
  }
}

function computeSnapshot(
  db: Db,
  accountId: number,
  current: AudienceSnapshot,
  before: readonly AudienceSnapshot[],
  lineage: string,
  handleIds: SortedHandleIdsReader,
): void {
  const s = current.id;
  const previousOf: Record<number, AudienceSnapshot | null> = {};

  for (const { side, table, has } of sides) {
    // A list the export did not carry is unknown: nothing is counted or compared on that side.
    previousOf[side] = null;
    if (!current[has]) continue;
    // Each side is compared with the newest earlier snapshot that carried the same list, never with
    // one that did not (that would read as everyone leaving).
    const carriedBefore = before.filter((b) => b[has]);
    const previous = carriedBefore.at(-1) ?? null;
    previousOf[side] = previous;
    // Ids come from the database (integers), so inlining them in the IN list is safe.
    const earlierIds = carriedBefore
      .slice(0, -1)
      .map((e) => e.id)
      .join(',');
    // Counted by the importer (snapshot_follow_days, migration 005).
    db.prepare(
      `INSERT INTO audience_follow_days (snapshot_id, side, measure, day, count)
       SELECT snapshot_id, side, 'present', day, count FROM snapshot_follow_days
        WHERE snapshot_id = ? AND side = ?`,
    ).run(s, side);

    if (!previous) {
      // The first snapshot: everyone in it is the baseline, each follow seen for the first time.
      db.prepare(
        `INSERT INTO audience_follow_days (snapshot_id, side, measure, day, count)
         SELECT snapshot_id, side, 'arrived', day, count FROM audience_follow_days
          WHERE snapshot_id = ? AND side = ? AND measure = 'present'`,
      ).run(s, side);
      continue;
    }
    const p = previous.id;
    // The changed ids drive the joins (CROSS JOIN keeps that order): each is one primary-key lookup.
    const { onlyA: lost, onlyB: arrived } = diffSorted(handleIds.read(table, p), handleIds.read(table, s));
    // A partial export (requested for a date range) only knows follows made since its start: one older
    // than that (or undated) missing from it is unknown, not lost; one the previous partial export could
    // not list is not new. Full exports compare everything (the bound is -1: every time passes).
    const lostSince = current.followsSince ?? -1;
    const newSince = previous.followsSince ?? -1;
    db.prepare(
      `INSERT INTO audience_events (snapshot_id, side, kind, handle_id, followed_at)
       SELECT ?, ?, 'lost', o.handle_id, o.followed_at
         FROM json_each(?) j CROSS JOIN ${table} o ON o.snapshot_id = ? AND o.handle_id = j.value
        WHERE ? < 0 OR o.followed_at >= ?`,
    ).run(s, side, JSON.stringify(lost), p, lostSince, lostSince);
    // Not in the previous snapshot: a refollow when an earlier snapshot had them, else a new follow.
    db.prepare(
      `INSERT INTO audience_events (snapshot_id, side, kind, handle_id, followed_at)
       SELECT ?, ?,
              CASE WHEN ${earlierIds === '' ? '0' : `EXISTS (SELECT 1 FROM ${table} e WHERE e.snapshot_id IN (${earlierIds}) AND e.handle_id = n.handle_id)`}
                   THEN 'refollowed' ELSE 'gained' END,
              n.handle_id, n.followed_at
         FROM json_each(?) j CROSS JOIN ${table} n ON n.snapshot_id = ? AND n.handle_id = j.value
        WHERE ? < 0 OR n.followed_at >= ?`,
    ).run(s, side, JSON.stringify(arrived), s, newSince, newSince);
    db.prepare(
      `INSERT INTO audience_follow_days (snapshot_id, side, measure, day, count)
       SELECT snapshot_id, side, 'arrived', followed_at / ${DAY_MS}, COUNT(*) FROM audience_events
        WHERE snapshot_id = ? AND side = ? AND kind IN ('gained', 'refollowed') AND followed_at IS NOT NULL
        GROUP BY followed_at / ${DAY_MS}`,
    ).run(s, side);
  }

  const events = new Map(
    (
      db
        .prepare(
          'SELECT side, kind, COUNT(*) AS n FROM audience_events WHERE snapshot_id = ? GROUP BY side, kind',
        )
        .all(s) as { side: number; kind: string; n: number }[]
    ).map((r) => [`${r.side}:${r.kind}`, r.n]),
  );
  const ev = (side: number, kind: string) => events.get(`${side}:${kind}`) ?? 0;
  const count = (sql: string, ...params: unknown[]) =>
    (db
      .prepare(sql)
      .pluck()
      .get(...params) as number) ?? 0;
  const followers = count('SELECT COUNT(*) FROM snapshot_followers WHERE snapshot_id = ?', s);
  const following = count('SELECT COUNT(*) FROM snapshot_following WHERE snapshot_id = ?', s);
  const mutuals = count('SELECT mutual_total FROM snapshots WHERE id = ?', s); // counted by the importer
  const followedSince = (ms: number) =>
    count('SELECT COUNT(*) FROM snapshot_followers WHERE snapshot_id = ? AND followed_at >= ?', s, ms);
  const undated = count(
    'SELECT COUNT(*) FROM snapshot_followers WHERE snapshot_id = ? AND followed_at IS NULL',
    s,
  );

  db.prepare(
    `INSERT INTO audience_snapshot_stats (snapshot_id, account_id, prev_snapshot_id, prev_following_snapshot_id,
        lineage, followers, following, mutuals,
        followers_gained, followers_lost, followers_refollowed, following_gained, following_lost, following_refollowed,
        new_followers_7d, new_followers_30d, followers_undated)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    s,
    accountId,
    previousOf[0]?.id ?? null,
    previousOf[1]?.id ?? null,
    lineage,
    followers,
    following,
    mutuals,
    ev(0, 'gained'),
    ev(0, 'lost'),
    ev(0, 'refollowed'),
    ev(1, 'gained'),
    ev(1, 'lost'),
    ev(1, 'refollowed'),
    followedSince(current.takenAt - 7 * DAY_MS),
    followedSince(current.takenAt - 30 * DAY_MS),
    undated,
  );
}
