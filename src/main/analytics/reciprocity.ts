// Reciprocity at a snapshot: mutuals, the two one-way sets, follow-back rate, and how long follow-backs take.
import type { Reciprocity } from '../../shared/domain';
import type { Db } from '../db/open';
import { audienceKpiSeries } from './audience-facts';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function reciprocity(db: Db, accountId: number, snapshotId?: number): Reciprocity | null {
  // Reciprocity needs both lists of one export: the newest (up to the given snapshot) that had both.
  const series = audienceKpiSeries(db, accountId).filter((x) => x.mutuals !== null);
  const upTo = snapshotId === undefined ? -1 : series.findIndex((x) => x.snapshotId === snapshotId);
  const k = snapshotId === undefined ? series.at(-1) : series[upTo];
  if (!k || k.mutuals === null || k.followers === null || k.following === null) return null;
  // Mutuals are bounded by the following list (thousands), so their date pairs come back to JS whole.
  const lags = db
    .prepare(
      `SELECT f.followed_at - g.followed_at FROM snapshot_following g
         CROSS JOIN snapshot_followers f ON f.snapshot_id = g.snapshot_id AND f.handle_id = g.handle_id
        WHERE g.snapshot_id = ? AND g.followed_at IS NOT NULL AND f.followed_at IS NOT NULL`,
    )
    .pluck()
    .all(k.snapshotId) as number[];
  // A positive lag: they followed after you did (they followed back); negative: you followed back.
  const theirs = lags.filter((l) => l >= 0);
  const yours = lags.filter((l) => l < 0).map((l) => -l);
  return {
    snapshotId: k.snapshotId,
    takenAt: k.takenAt,
    mutuals: k.mutuals,
    fansNotFollowedBack: k.fansNotFollowedBack!,
    notFollowingBack: k.notFollowingBack!,
    followBackRate: k.followBackRate,
    datedPairs: lags.length,
    theyFollowedBack: theirs.length,
    medianTheirFollowBackMs: median(theirs),
    youFollowedBack: yours.length,
    medianYourFollowBackMs: median(yours),
  };
}
