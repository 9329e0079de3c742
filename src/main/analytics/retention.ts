// Follower retention by the month people followed, and churn per snapshot window.
//
// retained(M, S) = followers in snapshot S whose follow date is in month M ('present' day counts);
// size(M) = every follow dated in M ever seen ('arrived' day counts over all snapshots). Follows from
// before the first snapshot are only known for those still following then, so those cohorts start
// at 100 %.
import type { RetentionCohort, RetentionTable } from '../../shared/domain';
import type { Db } from '../db/open';
import { audienceKpiSeries } from './audience-facts';

export function retentionTable(db: Db, accountId: number): RetentionTable {
  // Retention and churn read follower lists only: exports without one are left out of both.
  const kpis = audienceKpiSeries(db, accountId).filter((k) => k.followers !== null);
  const snapshots = kpis.map((k) => ({ snapshotId: k.snapshotId, takenAt: k.takenAt }));
  const column = new Map(snapshots.map((s, i) => [s.snapshotId, i]));
  // Summed per snapshot, measure and month in SQL: a few hundred rows reach JS, not one per follow day.
  const rows = db
    .prepare(
      `SELECT d.snapshot_id AS snapshotId, d.measure, strftime('%Y-%m', d.day * 86400, 'unixepoch') AS month,
              SUM(d.count) AS count
         FROM audience_follow_days d
        WHERE d.snapshot_id IN (SELECT snapshot_id FROM audience_snapshot_stats WHERE account_id = ?) AND d.side = 0
        GROUP BY d.snapshot_id, d.measure, month`,
    )
    .all(accountId) as { snapshotId: number; measure: 'present' | 'arrived'; month: string; count: number }[];

  const cohorts = new Map<string, { size: number; retained: number[] }>();
  const cohort = (month: string) => {
    let c = cohorts.get(month);
    if (!c) cohorts.set(month, (c = { size: 0, retained: snapshots.map(() => 0) }));
    return c;
  };
  for (const r of rows) {
    const c = cohort(r.month);
    if (r.measure === 'arrived') c.size += r.count;
    else c.retained[column.get(r.snapshotId)!]! += r.count;
  }
  const list: RetentionCohort[] = [...cohorts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, c]) => {
      // A snapshot taken before the cohort's month ended cannot say how that month's followers stayed:
      // part of the cohort had not followed yet, so its share would read as churn that never happened.
      const retained = snapshots.map((s, i) => (s.takenAt.slice(0, 7) <= month ? null : c.retained[i]!));
      return {
        month,
        size: c.size,
        retained,
        share: retained.map((n) => (n === null || c.size === 0 ? null : Math.min(1, n / c.size))),
      };
    });
  // A window's losses are counted against the export just before it; when that one is left out here
  // (a date-range export, whose follower count is unknown) the window has no base: no churn for it.
  const churn = kpis.slice(1).flatMap((k, i) => {
    const from = kpis[i]!;
    if (k.previousSnapshotId !== from.snapshotId) return [];
    const base = from.followers!;
    const lost = k.lost ?? 0; // both exports carried followers, so lost is known
    return [
      {
        snapshotId: k.snapshotId,
        from: from.takenAt,
        to: k.takenAt,
        lost,
        base,
        rate: base > 0 ? lost / base : null,
      },
    ];
  });
  return { snapshots, cohorts: list, churn };
}
