// Expected engagement numbers computed straight from the generators' models, written independently of
// the service's code (week arithmetic on epoch weeks, zones through toLocaleString) so the tests compare
// two routes to the same answer.
import type { HistoryModel, HistorySnapshot } from '../../fixtures/history';
import type { StudioModel } from '../../fixtures/studio/model';
import { activityStreams } from '../../fixtures/tiktok/activity';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** 1970-01-05 was a Monday. */
const MONDAY0 = Date.UTC(1970, 0, 5);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const lastSnapshot = (h: HistoryModel): HistorySnapshot => h.snapshots[h.snapshots.length - 1]!;

export function weekStart(ms: number): number {
  return MONDAY0 + Math.floor((ms - MONDAY0) / WEEK) * WEEK;
}

export interface TruthWeek {
  week: string;
  posts: number;
  newFollowers: number;
  likes: number[];
}

/** Complete weeks from the first post's week to the last week that ended before the newest export. */
export function cadenceTruth(h: HistoryModel): TruthWeek[] {
  const last = lastSnapshot(h);
  const first = weekStart(Math.min(...last.posts.map((p) => p.postedAtMs)));
  // The week holding the export is incomplete; every week before it ended before the export.
  const end = weekStart(last.takenAtMs);
  const weeks: TruthWeek[] = [];
  for (let w = first; w < end; w += WEEK) {
    const posts = last.posts.filter((p) => p.postedAtMs >= w && p.postedAtMs < w + WEEK);
    weeks.push({
      week: new Date(w).toISOString().slice(0, 10),
      posts: posts.length,
      newFollowers: last.followers.filter((f) => f.followedAtMs >= w && f.followedAtMs < w + WEEK).length,
      likes: posts.map((p) => p.likes),
    });
  }
  return weeks;
}

export function bucketOf(posts: number): string {
  return posts === 0 ? '0' : posts === 1 ? '1' : posts <= 5 ? '2-5' : '6+';
}

const WEEKDAY: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** Local weekday (Monday 0) and hour of a time in an IANA zone, via toLocaleString. */
export function localSlot(ms: number, zone: string): { weekday: number; hour: number } {
  const text = new Date(ms).toLocaleString('en-US', {
    timeZone: zone,
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  });
  const [day, hour] = text.split(/,?\s+/);
  return { weekday: WEEKDAY[day!]!, hour: Number(hour) % 24 };
}

export function heatmapTruth(h: HistoryModel, zone: string): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  for (const p of lastSnapshot(h).posts) {
    const { weekday, hour } = localSlot(p.postedAtMs, zone);
    const key = `${weekday}-${hour}`;
    cells.set(key, [...(cells.get(key) ?? []), p.likes]);
  }
  return cells;
}

export function hashtagTruth(h: HistoryModel): Map<string, number[]> {
  const tags = new Map<string, number[]>();
  for (const p of lastSnapshot(h).posts) {
    for (const tag of new Set([...p.title.matchAll(/#(\w+)/g)].map((m) => m[1]!.toLowerCase()))) {
      tags.set(tag, [...(tags.get(tag) ?? []), p.likes]);
    }
  }
  return tags;
}

const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

type Kind = 'likesGiven' | 'favoriteVideos' | 'comments' | 'shares' | 'watched' | 'searches';

/** Per day and kind: the count in the newest export whose records of that kind reach back to that day. */
export function activityTruth(h: HistoryModel): Map<string, Record<Kind, number>> {
  const perSnapshot = h.snapshots.map((s) => {
    const a = activityStreams(h, s.index);
    const lists: Record<Kind, Iterable<{ atMs: number }>> = {
      likesGiven: a.likesGiven(),
      favoriteVideos: a.favoriteVideos(),
      comments: a.comments(),
      shares: a.shares(),
      watched: a.watchHistory(),
      searches: a.searches(),
    };
    const kinds = {} as Record<Kind, { first: string; counts: Map<string, number> }>;
    for (const [kind, list] of Object.entries(lists) as [Kind, Iterable<{ atMs: number }>][]) {
      const counts = new Map<string, number>();
      for (const r of list) counts.set(utcDay(r.atMs), (counts.get(utcDay(r.atMs)) ?? 0) + 1);
      kinds[kind] = { first: [...counts.keys()].sort()[0]!, counts };
    }
    return { takenDay: utcDay(s.takenAtMs), takenAt: s.takenAtMs, kinds };
  });
  const result = new Map<string, Record<Kind, number>>();
  const newestFirst = [...perSnapshot].sort((a, b) => b.takenAt - a.takenAt);
  const allDays = new Set<string>();
  for (const s of perSnapshot)
    for (const k of Object.values(s.kinds)) for (const d of k.counts.keys()) allDays.add(d);
  for (const day of allDays) {
    const row = { likesGiven: 0, favoriteVideos: 0, comments: 0, shares: 0, watched: 0, searches: 0 };
    for (const kind of Object.keys(row) as Kind[]) {
      const source = newestFirst.find((s) => s.kinds[kind].first <= day && day <= s.takenDay);
      row[kind] = source?.kinds[kind].counts.get(day) ?? 0;
    }
    result.set(day, row);
  }
  return result;
}

export type StudioColumn =
  | 'videoViews'
  | 'profileViews'
  | 'likes'
  | 'comments'
  | 'shares'
  | 'newViewers'
  | 'returningViewers'
  | 'followers';

/** Days of several Studio downloads merged as stored: the newer download wins, "no data" never replaces a number. */
export function mergedStudioDays(models: StudioModel[]): Map<string, Record<StudioColumn, number | null>> {
  const merged = new Map<string, Record<StudioColumn, number | null>>();
  for (const m of [...models].sort((a, b) => a.exportMs - b.exportMs)) {
    for (const d of m.days) {
      const prev = merged.get(d.date);
      const next = {} as Record<StudioColumn, number | null>;
      for (const c of [
        'videoViews',
        'profileViews',
        'likes',
        'comments',
        'shares',
        'newViewers',
        'returningViewers',
        'followers',
      ] as StudioColumn[]) {
        next[c] = d[c] ?? prev?.[c] ?? null;
      }
      merged.set(d.date, next);
    }
  }
  return merged;
}

export function sumColumn(days: Map<string, Record<StudioColumn, number | null>>, c: StudioColumn): number {
  let t = 0;
  for (const d of days.values()) t += d[c] ?? 0;
  return t;
}
