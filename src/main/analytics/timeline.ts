// The account's timeline: its account-export snapshots in the order the exports were made, each with
// what it carried. This is the one list of snapshots every fact, page, tip and suggestion reads.
//
// Rules, written once here:
// - Order: by when the export was made (taken_at), then by id; import order never matters.
// - Studio downloads are not on the timeline: they carry no people, posts or activity lists.
// - A list an export did not carry ('absent') is unknown. An 'empty' list is a real zero.
// - An export requested for a date range (followsSince set) lists only the follows made inside it: its
//   lists are partial. A comparison with it only judges follows made since then (audience-refresh.ts):
//   an older follow missing from it is unknown, never an unfollow, and one it lacks is never new.
// - The profile counts as carried when it had the profile's own follower/following numbers: the only
//   figures facts read from it.
import type { SectionState } from '../../shared/domain';
import {
  exportSectionIds,
  ownListSectionIds,
  type ExportSection,
  type OwnListSection,
} from '../../shared/domain/export-sections';
import type { Db } from '../db/open';

/** The sections facts are read from: every section an export can carry, as the import reports them. */
export type FactSection = ExportSection | OwnListSection;
const factSections: readonly FactSection[] = [...exportSectionIds, ...ownListSectionIds];

export type Coverage = Record<FactSection, SectionState>;

export interface TimelineSnapshot {
  id: number;
  /** When the export was made, epoch ms UTC. */
  takenAt: number;
  importedAt: number;
  coverage: Coverage;
  /** Epoch ms: the export holds only follows made since then (a date range); null for a full export. */
  followsSince: number | null;
  /** Rows stored for the snapshot; read them only where `coverage` says the list was carried. */
  followerTotal: number;
  followingTotal: number;
  mutualTotal: number;
  postTotal: number;
  profileFollowers: number | null;
  profileFollowing: number | null;
}

interface Row {
  id: number;
  taken_at: number;
  imported_at: number;
  sections: string;
  follower_total: number;
  following_total: number;
  mutual_total: number;
  post_total: number;
  profile_followers: number | null;
  profile_following: number | null;
  follows_since: number | null;
}

function coverageOf(r: Row): Coverage {
  const coverage = Object.fromEntries(factSections.map((s) => [s, 'absent'])) as Coverage;
  let reports: { section?: unknown; records?: unknown; state?: unknown }[] = [];
  try {
    const parsed: unknown = JSON.parse(r.sections);
    if (Array.isArray(parsed)) reports = parsed as typeof reports;
  } catch {
    // An unreadable report carries nothing we can trust: every section stays unknown.
  }
  for (const report of reports) {
    const section = report.section as FactSection;
    if (!factSections.includes(section)) continue;
    const state =
      report.state === 'present' || report.state === 'empty' || report.state === 'absent'
        ? report.state
        : typeof report.records === 'number' && report.records > 0
          ? 'present'
          : 'absent';
    coverage[section] = state;
  }
  coverage.profile = r.profile_followers !== null || r.profile_following !== null ? 'present' : 'absent';
  return coverage;
}

/** Every account-export snapshot of the account with its coverage, oldest first. */
export function accountTimeline(db: Db, accountId: number): TimelineSnapshot[] {
  const rows = db
    .prepare(
      `SELECT id, taken_at, imported_at, sections, follower_total, following_total, mutual_total, post_total,
              profile_followers, profile_following, follows_since
         FROM snapshots
        WHERE account_id = ? AND kind = 'account-export'
        ORDER BY taken_at, id`,
    )
    .all(accountId) as Row[];
  return rows.map((r) => ({
    id: r.id,
    takenAt: r.taken_at,
    importedAt: r.imported_at,
    coverage: coverageOf(r),
    followsSince: r.follows_since,
    followerTotal: r.follower_total,
    followingTotal: r.following_total,
    mutualTotal: r.mutual_total,
    postTotal: r.post_total,
    profileFollowers: r.profile_followers,
    profileFollowing: r.profile_following,
  }));
}

/** Whether the snapshot's export carried the section (with records or empty). */
export function carries(snapshot: TimelineSnapshot, section: FactSection): boolean {
  return snapshot.coverage[section] !== 'absent';
}

/**
 * Whether a list the snapshot carried is the account's whole list, so that its length is the account's
 * count. A date-range export (followsSince set) lists only the follows made inside the range: its
 * lengths count nobody, so every count read from its lists (followers, following, mutuals, ratio, the
 * one-way lists) is unknown, never a drop. Its changes stay known (see the rule on comparisons above).
 */
export function listIsWhole(snapshot: { followsSince: number | null }): boolean {
  return snapshot.followsSince === null;
}

/**
 * Whether the snapshot's list holds every follow of the `days` before the export: a whole list, or a
 * date-range one whose range reaches back that far ("new followers in the last 30 days" stays known).
 */
export function listCoversDays(
  snapshot: { takenAt: number; followsSince: number | null },
  days: number,
): boolean {
  return snapshot.followsSince === null || snapshot.followsSince <= snapshot.takenAt - days * 86_400_000;
}

/** The timeline up to and including the given snapshot (the whole timeline without one). */
export function timelineUpTo(timeline: readonly TimelineSnapshot[], snapshotId?: number): TimelineSnapshot[] {
  if (snapshotId === undefined) return [...timeline];
  const index = timeline.findIndex((s) => s.id === snapshotId);
  return index < 0 ? [] : timeline.slice(0, index + 1);
}

/** The newest snapshot that carried the section, or null: a figure's own "as of". */
export function newestCarrying(
  timeline: readonly TimelineSnapshot[],
  section: FactSection,
): TimelineSnapshot | null {
  for (let i = timeline.length - 1; i >= 0; i--) if (carries(timeline[i]!, section)) return timeline[i]!;
  return null;
}

/** The newest snapshot that carried every one of the sections (e.g. both lists, for mutuals). */
export function newestCarryingAll(
  timeline: readonly TimelineSnapshot[],
  sections: readonly FactSection[],
): TimelineSnapshot | null {
  for (let i = timeline.length - 1; i >= 0; i--) {
    const s = timeline[i]!;
    if (sections.every((section) => carries(s, section))) return s;
  }
  return null;
}

/** The snapshots that carried the list, oldest first: the only ones a comparison of it may pair. */
export function carrying(timeline: readonly TimelineSnapshot[], section: FactSection): TimelineSnapshot[] {
  return timeline.filter((s) => carries(s, section));
}

/**
 * Consecutive pairs of snapshots that both carried the list, oldest first. Gained, lost, refollows,
 * unfollowers, mutuals lost and retention are only ever computed over these pairs.
 */
export function comparablePairs(
  timeline: readonly TimelineSnapshot[],
  section: 'followers' | 'following',
): { from: TimelineSnapshot; to: TimelineSnapshot }[] {
  const list = carrying(timeline, section);
  return list.slice(1).map((to, i) => ({ from: list[i]!, to }));
}
