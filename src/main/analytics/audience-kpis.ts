// KPI rows per snapshot, read from the precomputed audience_snapshot_stats.
import type { AudienceKpis, AudienceOverview } from '../../shared/domain';
import type { Db } from '../db/open';
import { toIso } from '../db/queries/time';
import { refreshAudienceAggregates } from './audience-refresh';

interface StatsRow {
  snapshot_id: number;
  taken_at: number;
  prev_taken_at: number | null;
  profile_followers: number | null;
  profile_following: number | null;
  followers: number;
  following: number;
  mutuals: number;
  followers_gained: number;
  followers_lost: number;
  followers_refollowed: number;
  following_gained: number;
  following_lost: number;
  following_refollowed: number;
  new_followers_7d: number;
  new_followers_30d: number;
  followers_undated: number;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

function toKpis(r: StatsRow): AudienceKpis {
  return {
    snapshotId: r.snapshot_id,
    takenAt: toIso(r.taken_at),
    followers: r.followers,
    following: r.following,
    ratio: ratio(r.followers, r.following),
    mutuals: r.mutuals,
    followBackRate: ratio(r.mutuals, r.following),
    gained: r.followers_gained,
    lost: r.followers_lost,
    refollowed: r.followers_refollowed,
    followingGained: r.following_gained,
    followingLost: r.following_lost,
    followingRefollowed: r.following_refollowed,
    newFollowers7d: r.new_followers_7d,
    newFollowers30d: r.new_followers_30d,
    followersUndated: r.followers_undated,
    profileFollowers: r.profile_followers,
    profileFollowing: r.profile_following,
    previousTakenAt: r.prev_taken_at === null ? null : toIso(r.prev_taken_at),
  };
}

/** KPIs of every audience snapshot of the account, oldest first. */
export function audienceKpiSeries(db: Db, accountId: number): AudienceKpis[] {
  refreshAudienceAggregates(db, accountId);
  const rows = db
    .prepare(
      `SELECT a.*, s.taken_at, s.profile_followers, s.profile_following, p.taken_at AS prev_taken_at
         FROM audience_snapshot_stats a
         JOIN snapshots s ON s.id = a.snapshot_id
         LEFT JOIN snapshots p ON p.id = a.prev_snapshot_id
        WHERE a.account_id = ?
        ORDER BY s.taken_at, s.id`,
    )
    .all(accountId) as StatsRow[];
  return rows.map(toKpis);
}

/** The newest snapshot's KPIs and the one before (for deltas). */
export function audienceOverview(db: Db, accountId: number): AudienceOverview {
  const series = audienceKpiSeries(db, accountId);
  return { latest: series.at(-1) ?? null, previous: series.at(-2) ?? null };
}
