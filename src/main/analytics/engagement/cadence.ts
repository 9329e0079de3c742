// Posting cadence against follower growth. Weeks are UTC calendar weeks (Monday to Sunday); a
// one-hour zone shift moves few posts across a week boundary, and UTC keeps the follower side in SQL.
// New followers per week come from the follow dates in the newest export's follower list: people who
// followed and left again before that export are not in it, so older weeks read slightly low.
import type { CadenceAnalysis, CadenceBucket, CadenceBucketName, CadenceWeek } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { toIso } from '../../db/queries/time';
import { latestExportTime, latestFollowerSnapshot } from './follower-snapshot';
import { latestPostLikes } from './posts';
import { mondayOf } from '../../../shared/weeks';
import { addDays, DAY_MS, isoDay, median, sum } from './stats';

export const CADENCE_BUCKETS: readonly CadenceBucketName[] = ['0', '1', '2-5', '6+'];

export function cadenceBucket(posts: number): CadenceBucketName {
  if (posts === 0) return '0';
  if (posts === 1) return '1';
  return posts <= 5 ? '2-5' : '6+';
}

/** New followers per UTC week (by follow date) in one snapshot's follower list, within [from, to). */
function followersPerWeek(db: Db, snapshotId: number, fromMs: number, toMs: number): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT date(followed_at / 1000, 'unixepoch', 'weekday 0', '-6 days') AS week, COUNT(*) AS n
         FROM snapshot_followers
        WHERE snapshot_id = ? AND followed_at >= ? AND followed_at < ?
        GROUP BY week`,
    )
    .all(snapshotId, fromMs, toMs) as { week: string; n: number }[];
  return new Map(rows.map((r) => [r.week, r.n]));
}

export function cadenceAnalysis(db: Db, accountId: number): CadenceAnalysis {
  const posts = latestPostLikes(db, accountId);
  const followerSnap = latestFollowerSnapshot(db, accountId);
  const end = followerSnap?.takenAt ?? latestExportTime(db, accountId);
  if (posts.length === 0 || end === null) {
    return {
      weeks: [],
      buckets: emptyBuckets(),
      followersFrom: followerSnap ? toIso(followerSnap.takenAt) : null,
    };
  }
  const first = mondayOf(posts[posts.length - 1]!.postedAt.slice(0, 10));
  // Only complete weeks: the week holding the export is cut short and would read low.
  const endMonday = mondayOf(isoDay(end));
  const lastExclusive =
    Date.parse(`${endMonday}T00:00:00Z`) + 7 * DAY_MS <= end ? addDays(endMonday, 7) : endMonday;
  const fromMs = Date.parse(`${first}T00:00:00Z`);
  const toMs = Date.parse(`${lastExclusive}T00:00:00Z`);
  const followers = followerSnap
    ? followersPerWeek(db, followerSnap.id, fromMs, toMs)
    : new Map<string, number>();

  const likesByWeek = new Map<string, number[]>();
  const postsByWeek = new Map<string, number>();
  for (const p of posts) {
    const ms = Date.parse(p.postedAt);
    if (ms < fromMs || ms >= toMs) continue;
    const week = mondayOf(isoDay(ms));
    postsByWeek.set(week, (postsByWeek.get(week) ?? 0) + 1);
    if (p.likes !== null) likesByWeek.set(week, [...(likesByWeek.get(week) ?? []), p.likes]);
  }

  const weeks: CadenceWeek[] = [];
  for (let week = first; week < lastExclusive; week = addDays(week, 7)) {
    weeks.push({
      week,
      posts: postsByWeek.get(week) ?? 0,
      newFollowers: followers.get(week) ?? 0,
      medianLikes: median(likesByWeek.get(week) ?? []),
    });
  }

  const buckets = CADENCE_BUCKETS.map((bucket): CadenceBucket => {
    const inBucket = weeks.filter((w) => cadenceBucket(w.posts) === bucket);
    return {
      bucket,
      weeks: inBucket.length,
      posts: sum(inBucket.map((w) => w.posts)),
      // Without a follower list there is no gain to compare.
      medianFollowerGain: followerSnap ? median(inBucket.map((w) => w.newFollowers)) : null,
      medianLikesPerPost: median(inBucket.flatMap((w) => likesByWeek.get(w.week) ?? [])),
    };
  });
  return { weeks, buckets, followersFrom: followerSnap ? toIso(followerSnap.takenAt) : null };
}

function emptyBuckets(): CadenceBucket[] {
  return CADENCE_BUCKETS.map((bucket) => ({
    bucket,
    weeks: 0,
    posts: 0,
    medianFollowerGain: null,
    medianLikesPerPost: null,
  }));
}
