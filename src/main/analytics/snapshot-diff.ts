// What changed between a snapshot and the one before it, on both sides; each side is compared with the
// previous export that carried the same list (see audience-facts.ts).
import type { SnapshotDiff } from '../../shared/domain';
import type { Db } from '../db/open';
import { audienceKpiSeries } from './audience-facts';

/** The diff ending at the given snapshot (default: the newest); null when the account has none. */
export function snapshotDiff(db: Db, accountId: number, snapshotId?: number): SnapshotDiff | null {
  const series = audienceKpiSeries(db, accountId);
  const index =
    snapshotId === undefined ? series.length - 1 : series.findIndex((k) => k.snapshotId === snapshotId);
  const k = series[index];
  if (!k) return null;
  return {
    snapshotId: k.snapshotId,
    previousSnapshotId: series[index - 1]?.snapshotId ?? null,
    from: k.previousTakenAt,
    to: k.takenAt,
    followers: { gained: k.gained, lost: k.lost, refollowed: k.refollowed, from: k.previousTakenAt },
    following: {
      gained: k.followingGained,
      lost: k.followingLost,
      refollowed: k.followingRefollowed,
      from: k.previousFollowingTakenAt,
    },
  };
}
