// Crafted AccountMetrics for rule tests: a quiet, healthy account by default (no rule has a reason to
// fire), which each test bends in one direction.
import type {
  AccountMetrics,
  MetricsInterval,
  MetricsPost,
  MetricsSnapshot,
} from '../../../src/shared/domain/advice';
import { extractHashtags } from '../../../src/main/advice/metrics';
import { bestTimeAnalysis, type ActivityHourInput } from '../../../src/main/analytics/engagement/best-time';

/** The real best-time analysis over crafted posts (and Studio activity), as collect-metrics builds it. */
export function bestTimeOf(posts: MetricsPost[], timeZone: string, activity: ActivityHourInput[] = []) {
  return bestTimeAnalysis(
    posts.map((p, i) => ({
      postId: i + 1,
      postedAt: new Date(p.postedAt).toISOString(),
      title: p.title,
      sound: '',
      likes: p.likes,
    })),
    activity,
    { timeZone },
  );
}

export const DAY = 86_400_000;
export const AS_OF = Date.parse('2026-06-01T12:00:00Z');

export function post(
  daysAgo: number,
  likes: number | null,
  title = 'Morning pilates flow #pilates #homeworkout',
  hourUtc?: number,
): MetricsPost {
  let at = AS_OF - daysAgo * DAY;
  if (hourUtc !== undefined) {
    const d = new Date(at);
    d.setUTCHours(hourUtc, 0, 0, 0);
    at = d.getTime();
    if (at > AS_OF) at -= DAY;
  }
  return { postedAt: at, title, likes, hashtags: extractHashtags(title) };
}

/** n posts, one every `everyDays` days going back from `startDaysAgo`, with the given likes. */
export function postSeries(
  n: number,
  everyDays: number,
  likes: (i: number) => number,
  startDaysAgo = 4,
  title?: string,
): MetricsPost[] {
  return Array.from({ length: n }, (_, i) => post(startDaysAgo + i * everyDays, likes(i), title)).reverse();
}

export function snapshotsEvery(
  days: number,
  counts: [followers: number, following: number][],
): MetricsSnapshot[] {
  return counts.map(([followers, following], i) => ({
    snapshotId: i + 1,
    takenAt: AS_OF - (counts.length - 1 - i) * days * DAY,
    followers,
    following,
  }));
}

export function intervalsOf(
  snaps: MetricsSnapshot[],
  changes: Partial<Omit<MetricsInterval, 'fromSnapshotId' | 'toSnapshotId' | 'from' | 'to' | 'days'>>[],
): MetricsInterval[] {
  return snaps.slice(1).map((s, i) => {
    const p = snaps[i]!;
    return {
      fromSnapshotId: p.snapshotId,
      toSnapshotId: s.snapshotId,
      from: p.takenAt,
      to: s.takenAt,
      days: (s.takenAt - p.takenAt) / DAY,
      followersGained: 20,
      followersLost: 5,
      followsAdded: 10,
      followsRemoved: 2,
      mutualsLost: 0,
      ...changes[i],
    };
  });
}

/** Crafted metrics; the follow-back rate follows the crafted mutuals and following unless given. */
export function makeMetrics(over: Partial<AccountMetrics> = {}): AccountMetrics {
  const m = makeMetricsAsGiven(over);
  if ('followBackRate' in over) return m;
  const { mutuals, following } = m;
  return {
    ...m,
    followBackRate: mutuals === null || following === null || following === 0 ? null : mutuals / following,
  };
}

function makeMetricsAsGiven(over: Partial<AccountMetrics>): AccountMetrics {
  const snapshots =
    over.snapshots ??
    snapshotsEvery(30, [
      [900, 300],
      [950, 305],
      [1000, 310],
    ]);
  const last = snapshots[snapshots.length - 1]!;
  // A post a day for 12 weeks at 12:00 UTC, steady likes, varied tags.
  const titles = [
    'Pilates for beginners #pilates #homeworkout',
    'Skincare night routine #skincare #retinol',
    'High protein breakfast #mealprep #protein',
    'Leg day #gymtok #legday',
    'SPF mistakes #spf #skincare',
    'Glow up check #glowup #selfcare',
  ];
  const posts =
    over.posts ??
    Array.from({ length: 84 }, (_, i) =>
      post(1 + i, 100 + ((i * 7) % 11), titles[i % titles.length]),
    ).reverse();
  return {
    accountId: 1,
    username: 'creator',
    platform: 'tiktok',
    snapshotId: last.snapshotId,
    asOf: last.takenAt,
    snapshots,
    intervals: over.intervals ?? intervalsOf(snapshots, []),
    followers: last.followers,
    following: last.following,
    followersAsOf: last.takenAt,
    followingAsOf: last.takenAt,
    mutuals: 200,
    followBackRate: null,
    fansNotFollowedBack: 800,
    fansNotFollowedBackWithMessages: 0,
    notFollowingBack: 110,
    notFollowingBackOlderThanReview: 10,
    reviewAfterDays: 30,
    medianDaysToFollowBack: 2,
    posts,
    hashtagUse: [],
    commentsMadeLast28: 40,
    likesGivenLast28: 300,
    tags: [],
    nicheShare: null,
    nicheShareTarget: 0.6,
    followerGoal: null,
    studio: null,
    timeZone: 'UTC',
    bestTime: bestTimeOf(posts, 'UTC'),
    ...over,
  };
}

export const ctx = { now: AS_OF + DAY };
