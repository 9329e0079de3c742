// Best time to post: own posts' median likes on a weekday × hour grid in the user's time zone, next to
// Studio's follower activity on the same grid, and the posting windows that follow from both.
// Posts are few (hundreds), so the grid is built in JS from the posts query; the zone conversion needs
// Intl anyway for IANA zones with daylight saving time.
import type {
  ActivityCell,
  BestTimeAnalysis,
  HeatmapCell,
  PostingWindow,
  PostLikes,
} from '../../../shared/domain';
import { median } from './stats';
import { offsetMinutesAt, zoneClock, type ZoneClock } from './time-zone';

/** One hour of Studio's FollowerActivity: the day and hour as the download gives them. */
export interface ActivityHourInput {
  day: string;
  hour: number;
  active: number | null;
}

/** A window's posts count as much as this many "average" posts against their own median (shrinkage). */
const PRIOR_POSTS = 2;
/**
 * The fewest posts with like counts a window needs before its own results say anything: below it the
 * window shows how many posts it holds but no median, and its score rests on follower activity alone
 * (without Studio it is not recommended at all). One or two posts are luck, not a pattern.
 */
export const MIN_POSTS_PER_WINDOW = 3;
const WINDOW_HOURS = 2;
const WINDOW_COUNT = 3;
const slot = (weekday: number, hour: number) => weekday * 24 + hour;

export interface BestTimeOptions {
  timeZone: string;
  /**
   * The zone Studio's FollowerActivity hours are in. TikTok's analytics have shown follower activity in
   * UTC; the hours are moved into the user's zone so both grids line up.
   */
  activityZone?: string;
}

export function bestTimeAnalysis(
  posts: readonly PostLikes[],
  activity: readonly ActivityHourInput[],
  options: BestTimeOptions,
): BestTimeAnalysis {
  const clock = zoneClock(options.timeZone);
  const cells = postCells(posts, clock);
  const followerActivity = activityCells(activity, options.activityZone ?? 'UTC', clock);
  const overall = median(posts.flatMap((p) => (p.likes === null ? [] : [p.likes])));
  return {
    timeZone: options.timeZone,
    minPostsPerWindow: MIN_POSTS_PER_WINDOW,
    activityDays: new Set(activity.filter((a) => a.active !== null).map((a) => a.day)).size,
    overallMedianLikes: overall,
    cells: cells.map(({ likes: _likes, ...cell }) => cell),
    followerActivity,
    activityByHour: activityByHour(followerActivity),
    windows: recommendWindows(cells, followerActivity, overall),
  };
}

type CellWithLikes = HeatmapCell & { likes: number[] };

function postCells(posts: readonly PostLikes[], clock: ZoneClock): CellWithLikes[] {
  const cells: CellWithLikes[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let hour = 0; hour < 24; hour++)
      cells.push({ weekday, hour, posts: 0, medianLikes: null, likes: [] });
  }
  for (const p of posts) {
    const { weekday, hour } = clock.at(Date.parse(p.postedAt));
    const cell = cells[slot(weekday, hour)]!;
    cell.posts += 1;
    if (p.likes !== null) cell.likes.push(p.likes);
  }
  for (const cell of cells) cell.medianLikes = median(cell.likes);
  return cells;
}

/** Mean active followers per local weekday × hour; [] when there is no activity data. */
function activityCells(
  activity: readonly ActivityHourInput[],
  activityZone: string,
  clock: ZoneClock,
): ActivityCell[] {
  const known = activity.filter((a) => a.active !== null);
  if (known.length === 0) return [];
  const source = zoneOffsetMs(activityZone);
  const sums = new Array<number>(168).fill(0);
  const counts = new Array<number>(168).fill(0);
  for (const a of known) {
    const ms = Date.parse(`${a.day}T00:00:00Z`) + a.hour * 3_600_000 - source;
    const { weekday, hour } = clock.at(ms);
    sums[slot(weekday, hour)]! += a.active!;
    counts[slot(weekday, hour)]! += 1;
  }
  const cells: ActivityCell[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      const i = slot(weekday, hour);
      // A weekday the 7-day download lacks (or an hour lost to a DST shift) borrows the hour's mean.
      cells.push({ weekday, hour, activeFollowers: counts[i]! > 0 ? sums[i]! / counts[i]! : Number.NaN });
    }
  }
  const byHour = activityByHour(cells.filter((c) => !Number.isNaN(c.activeFollowers)));
  for (const c of cells) {
    if (Number.isNaN(c.activeFollowers))
      c.activeFollowers = byHour.find((h) => h.hour === c.hour)?.activeFollowers ?? 0;
  }
  return cells;
}

/** Offset of the activity zone; Studio's hours carry no DST information, so January's offset is used. */
function zoneOffsetMs(zone: string): number {
  return offsetMinutesAt(zone, Date.UTC(2024, 0, 15, 12)) * 60_000;
}

function activityByHour(cells: readonly ActivityCell[]): { hour: number; activeFollowers: number }[] {
  if (cells.length === 0) return [];
  const result: { hour: number; activeFollowers: number }[] = [];
  for (let hour = 0; hour < 24; hour++) {
    const values = cells.filter((c) => c.hour === hour).map((c) => c.activeFollowers);
    result.push({
      hour,
      activeFollowers: values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0,
    });
  }
  return result;
}

/**
 * The recommendation rule. A window is WINDOW_HOURS consecutive hours of one weekday, scored as
 *   activity = the window's mean active followers / the busiest slot's (0..1): a post that goes out while
 *              followers are online collects the early views and likes the feed rewards;
 *   lift     = the median likes of the creator's own posts in the window against their overall median,
 *              shrunk toward 1 (as if the window also held PRIOR_POSTS average posts), and only from
 *              MIN_POSTS_PER_WINDOW posts with likes up; fewer posts give 1 (no evidence either way);
 *   score    = activity × lift with both sources, activity alone without posts, lift alone without Studio.
 * The best WINDOW_COUNT windows that do not overlap are recommended. Without Studio, a window needs
 * MIN_POSTS_PER_WINDOW posts with likes and must beat the overall median.
 */
function recommendWindows(
  cells: readonly CellWithLikes[],
  activity: readonly ActivityCell[],
  overall: number | null,
): PostingWindow[] {
  const hasActivity = activity.length === 168;
  const hasPosts = overall !== null && overall > 0;
  if (!hasActivity && !hasPosts) return [];
  const maxActive = hasActivity ? Math.max(...activity.map((a) => a.activeFollowers)) : 0;

  const candidates: PostingWindow[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let start = 0; start + WINDOW_HOURS <= 24; start++) {
      const slots = Array.from({ length: WINDOW_HOURS }, (_, k) => slot(weekday, start + k));
      const likes = slots.flatMap((i) => cells[i]!.likes);
      const posts = slots.reduce((n, i) => n + cells[i]!.posts, 0);
      const enough = hasPosts && likes.length >= MIN_POSTS_PER_WINDOW;
      const windowMedian = enough ? median(likes) : null;
      if (!hasActivity && (windowMedian === null || windowMedian <= overall!)) continue;
      const meanActive = hasActivity
        ? slots.reduce((s, i) => s + activity[i]!.activeFollowers, 0) / WINDOW_HOURS
        : null;
      const a = meanActive === null ? 1 : maxActive > 0 ? meanActive / maxActive : 0;
      const lift =
        windowMedian === null
          ? 1
          : (likes.length * (windowMedian / overall!) + PRIOR_POSTS) / (likes.length + PRIOR_POSTS);
      candidates.push({
        weekday,
        startHour: start,
        hours: WINDOW_HOURS,
        score: a * lift,
        basis: hasActivity && windowMedian !== null ? 'both' : hasActivity ? 'activity' : 'posts',
        activeFollowers: meanActive,
        posts,
        medianLikes: windowMedian,
      });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.weekday - b.weekday || a.startHour - b.startHour);
  const chosen: PostingWindow[] = [];
  for (const c of candidates) {
    const overlaps = chosen.some(
      (w) =>
        w.weekday === c.weekday && c.startHour < w.startHour + w.hours && w.startHour < c.startHour + c.hours,
    );
    if (!overlaps) chosen.push(c);
    if (chosen.length === WINDOW_COUNT) break;
  }
  return chosen;
}
