// Follower and following series: per snapshot, the curve rebuilt from follow dates, new follows per period.
import type { Granularity, GrowthSeries, PeriodPoint } from '../../shared/domain';
import type { Db } from '../db/open';
import { audienceKpiSeries, shareOf } from './audience-facts';
import { periodRange, periodStartSql } from './periods';

/** Follows of one side summed over one period, with the first and last day that had any. */
interface PeriodRow {
  side: number;
  period: string;
  first: number;
  last: number;
  count: number;
}

/** The periods as points, every period between the first and last day present (zeros filled). */
function toPeriods(rows: readonly PeriodRow[], granularity: Granularity, lastDay?: number): PeriodPoint[] {
  if (rows.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    first = Math.min(first, r.first);
    last = Math.max(last, r.last);
  }
  if (lastDay !== undefined) last = Math.max(last, lastDay);
  const points = periodRange(first, last, granularity).map((period) => ({
    period,
    followers: 0,
    following: 0,
  }));
  const index = new Map(points.map((p, i) => [p.period, i]));
  for (const r of rows) {
    const point = points[index.get(r.period)!]!;
    if (r.side === 0) point.followers += r.count;
    else point.following += r.count;
  }
  return points;
}

export function growthSeries(db: Db, accountId: number, granularity: Granularity = 'day'): GrowthSeries {
  const kpis = audienceKpiSeries(db, accountId);
  // Churn: lost over the followers of the export the window starts at (the previous one with a
  // follower list); null when this export or no earlier one carried followers.
  const followersAt = new Map(kpis.map((k) => [k.takenAt, k.followers]));
  const snapshots = kpis.map((k) => {
    const base = k.previousTakenAt === null ? null : (followersAt.get(k.previousTakenAt) ?? null);
    return { ...k, churnRate: k.lost === null ? null : shareOf(k.lost, base) };
  });
  // The curve is rebuilt from the newest export with a follower list (its follow dates).
  const latest = kpis.filter((k) => k.followers !== null).at(-1);

  let rebuilt: PeriodPoint[] = [];
  let newFollows: PeriodPoint[] = [];
  if (latest) {
    const lastDay = Math.floor(Date.parse(latest.takenAt) / 86_400_000);
    // Summed per period in SQL: a month view reads a few dozen rows, not one per follow day.
    const period = periodStartSql('day', granularity);
    const present = db
      .prepare(
        `SELECT side, ${period} AS period, MIN(day) AS first, MAX(day) AS last, SUM(count) AS count
           FROM audience_follow_days
          WHERE snapshot_id = ? AND side IN (0, 1) AND measure = 'present'
          GROUP BY side, period`,
      )
      .all(latest.snapshotId) as PeriodRow[];
    let followers = 0;
    let following = 0;
    // Cumulative: the value of a period is how many had followed by its end.
    rebuilt = toPeriods(present, granularity, lastDay).map((p) => {
      followers += p.followers;
      following += p.following;
      return { period: p.period, followers, following };
    });
    const arrived = db
      .prepare(
        `SELECT d.side, ${period} AS period, MIN(d.day) AS first, MAX(d.day) AS last, SUM(d.count) AS count
           FROM audience_follow_days d
          WHERE d.snapshot_id IN (SELECT snapshot_id FROM audience_snapshot_stats WHERE account_id = ?)
            AND d.side IN (0, 1) AND d.measure = 'arrived'
          GROUP BY d.side, period`,
      )
      .all(accountId) as PeriodRow[];
    newFollows = toPeriods(arrived, granularity, lastDay);
    // The last period is the one the newest export was made in (toPeriods reaches lastDay).
    const newest = newFollows.at(-1);
    if (newest) newest.partialThrough = latest.takenAt;
  }
  return {
    granularity,
    snapshots,
    rebuilt: { asOf: latest ? latest.takenAt : null, points: rebuilt },
    newFollows,
  };
}
