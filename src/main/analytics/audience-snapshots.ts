// The snapshots audience analytics compare: the timeline's snapshots that carried a follower or a
// following list (present or empty). An export with neither (a likes-only partial export) is on the
// timeline but not here: it says nothing about who follows whom.
import type { Db } from '../db/open';
import { accountTimeline, carries } from './timeline';

export interface AudienceSnapshot {
  id: number;
  takenAt: number;
  importedAt: number;
  profileFollowers: number | null;
  profileFollowing: number | null;
  /** Whether the export carried the follower / following list (a list it did not carry is unknown). */
  hasFollowers: boolean;
  hasFollowing: boolean;
  /** Epoch ms: the export lists only follows made since then (a date range); null for a full export. */
  followsSince: number | null;
}

export function audienceSnapshots(db: Db, accountId: number): AudienceSnapshot[] {
  return accountTimeline(db, accountId)
    .map((s) => ({
      id: s.id,
      takenAt: s.takenAt,
      importedAt: s.importedAt,
      profileFollowers: s.profileFollowers,
      profileFollowing: s.profileFollowing,
      hasFollowers: carries(s, 'followers'),
      hasFollowing: carries(s, 'following'),
      followsSince: s.followsSince,
    }))
    .filter((s) => s.hasFollowers || s.hasFollowing);
}

export const DAY_MS = 86_400_000;

/** The two people tables, the side number the aggregates use for them, and the coverage flag. */
export const sides = [
  { side: 0, table: 'snapshot_followers', has: 'hasFollowers' },
  { side: 1, table: 'snapshot_following', has: 'hasFollowing' },
] as const;
