// AccountMetrics: the plain object every tip rule reads (the type lives in src/shared/domain/advice.ts
// so the guide page can show the same numbers). Rules never touch SQL: collect-metrics.ts builds this
// from the database, and tests build it by hand.
import type { AccountMetrics, MetricsPost } from '../../shared/domain/advice';
import { dayInZone } from '../analytics/engagement/time-zone';

export type { AccountMetrics, MetricsPost } from '../../shared/domain/advice';

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** Hashtags in a post title, lower-case, without '#', in order of appearance, no repeats. */
export function extractHashtags(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/#([\p{L}\p{N}_]+)/gu)) {
    const tag = m[1]!.toLowerCase();
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}

/** Posts published in the `days` before asOf (inclusive of asOf). */
export function postsWithin(m: AccountMetrics, days: number, endMs = m.asOf): MetricsPost[] {
  const start = endMs - days * DAY_MS;
  return m.posts.filter((p) => p.postedAt > start && p.postedAt <= endMs);
}

/** Posts a week over the `days` before asOf. */
export function postsPerWeek(m: AccountMetrics, days = 28): number {
  return (postsWithin(m, days).length * 7) / days;
}

/** Likes per post divided by followers, in percent; null without likes or followers. */
export function engagementRatePct(posts: readonly MetricsPost[], followers: number): number | null {
  const liked = posts.filter((p) => p.likes !== null);
  if (liked.length === 0 || followers <= 0) return null;
  const avg = liked.reduce((a, p) => a + (p.likes ?? 0), 0) / liked.length;
  return (avg / followers) * 100;
}

/** Following divided by followers (Infinity with no followers). */
export function followRatio(followers: number, following: number): number {
  return followers > 0 ? following / followers : following > 0 ? Infinity : 0;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function pct(value: number, digits = 0): number {
  return round(value * 100, digits);
}

export function fmtInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** The calendar day ('YYYY-MM-DD') of an instant in the product's zone: every date advice shows. */
export function fmtDate(ms: number, zone: string): string {
  return dayInZone(ms, zone);
}

/**
 * Calendar days from one instant's day to a later one's, both read in the product's zone: every "N days"
 * advice shows (26 hours from 23:00 to 01:00 two days on is 2 days, as a calendar counts them).
 */
export function calendarDaysBetween(from: number, to: number, zone: string): number {
  const midnight = (ms: number) => Date.parse(`${dayInZone(ms, zone)}T00:00:00Z`);
  return Math.round((midnight(to) - midnight(from)) / DAY_MS);
}

/**
 * "the 4 weeks up to your newest export (2026-03-15, dates in UTC)": how advice names a window that ends
 * at asOf. Never "the last 4 weeks": the newest export can be months old, and read that way the numbers
 * would seem to be about now.
 */
export function weeksUpToNewestExport(m: AccountMetrics, days: number): string {
  const span = days % 7 === 0 ? `${days / 7} week${days === 7 ? '' : 's'}` : `${days} days`;
  return `the ${span} up to your newest export (${fmtDate(m.asOf, m.timeZone)}, ${datesIn(m.timeZone)})`;
}

/** Named beside every advice text that shows a date, since the day depends on the zone. */
export function datesIn(zone: string): string {
  return `dates in ${zone}`;
}
