// TikTok Studio numbers for the tips (migration 002: studio_daily, studio_follower_activity), up to
// the metrics' asOf day. Null when the account has no Studio data (or the tables are absent).
import type { MetricsDay, StudioAdviceMetrics } from '../../shared/domain/advice';
import type { Db } from '../db/open';
import { dayInZone } from '../analytics/engagement/time-zone';
import { hasStudioTables } from './audience-tables';

const WINDOW_DAYS = 90;

/** Studio's days are the creator's calendar days: the window ends on asOf's day in the product's zone. */
export function collectStudio(
  db: Db,
  accountId: number,
  asOf: number,
  zone: string,
): StudioAdviceMetrics | null {
  if (!hasStudioTables(db)) return null;
  const to = dayInZone(asOf, zone);
  const from = dayInZone(asOf - WINDOW_DAYS * 86_400_000, zone);
  const rows = db
    .prepare(
      `SELECT day, metric, value FROM studio_daily
        WHERE account_id = ? AND day > ? AND day <= ? AND value IS NOT NULL
          AND metric IN ('videoViews', 'likes', 'comments', 'shares')
        ORDER BY day`,
    )
    .all(accountId, from, to) as { day: string; metric: string; value: number }[];
  const views: MetricsDay[] = [];
  const interactions = new Map<string, number>();
  for (const r of rows) {
    if (r.metric === 'videoViews') views.push({ day: r.day, value: r.value });
    else interactions.set(r.day, (interactions.get(r.day) ?? 0) + r.value);
  }
  const hours = db
    .prepare(
      `SELECT hour, AVG(active) AS avg FROM studio_follower_activity
        WHERE account_id = ? AND active IS NOT NULL AND day <= ? GROUP BY hour ORDER BY hour`,
    )
    .all(accountId, to) as { hour: number; avg: number }[];
  const activeByHour = hours.length === 24 ? hours.map((h) => h.avg) : null;
  if (views.length === 0 && interactions.size === 0 && !activeByHour) return null;
  return {
    views,
    interactions: [...interactions.entries()].map(([day, value]) => ({ day, value })),
    activeByHour,
  };
}
