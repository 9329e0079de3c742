// What every suggestion list shares: the snapshot it reads, blocked accounts, dismissed rows, tags.
import type { SuggestionList, SuggestionResult, SuggestionRow } from '../../../shared/domain/advice';
import type { Db } from '../../db/open';
import { listSnapshot } from '../../analytics/audience-facts';
import { effectiveTimeZone } from '../../analytics/time-zone-setting';
import { calendarDaysBetween, fmtDate } from '../metrics';
import { dismissedUsernames } from '../store';
import { fillTagged, readTagged, type TagLookup } from '../tags';

export const DAY_MS = 86_400_000;
export const DEFAULT_LIMIT = 500;

export interface ListContext {
  db: Db;
  accountId: number;
  snapshotId: number;
  asOf: number;
  /** The product's time zone: every calendar day a reason or evidence names is a day in it. */
  timeZone: string;
  /** Tags per lower-case username. */
  tags: TagLookup;
  dismissed: Set<string>;
  limit: number;
}

/** The context for a list over the account's newest export, or null before the first import. */
export function listContext(
  db: Db,
  accountId: number,
  list: SuggestionList,
  limit = DEFAULT_LIMIT,
): ListContext | null {
  // The newest export that carried both lists (a likes-only export after it changes nothing here).
  const latest = listSnapshot(db, accountId, 'both');
  if (!latest) return null;
  fillTagged(db, accountId);
  return {
    db,
    accountId,
    snapshotId: latest.id,
    asOf: latest.takenAt,
    timeZone: effectiveTimeZone(db),
    tags: readTagged(db),
    dismissed: dismissedUsernames(db, accountId, list),
    limit,
  };
}

/**
 * SQL condition "handle `alias` is not blocked in any export up to the snapshot": blocked accounts
 * never appear in any list. Parameters @a (account) and @t (asOf). An uncorrelated IN list, which SQLite
 * builds once per query, not a lookup per export for every row.
 */
export function notBlocked(alias: string): string {
  return `${alias} NOT IN (SELECT b.handle_id FROM snapshot_blocked b JOIN snapshots sb ON sb.id = b.snapshot_id
                            WHERE sb.account_id = @a AND sb.taken_at <= @t)`;
}

/** What ranking a list needs of a row; the rest of the row (reason, evidence) is built by `toRow`. */
export interface Ranked {
  username: string;
  score: number;
}

/** Ties in score are broken by name, in the user's locale (one collator, not one per comparison). */
export const compareNames = new Intl.Collator().compare;

/**
 * Drops dismissed rows, keeps the ranking, cuts to the limit, and builds the full row (reason and
 * evidence, with their dates in the product's zone) only for the rows returned: a list of 20,000
 * candidates shows 500.
 */
export function finish<T extends Ranked>(
  ctx: ListContext,
  list: SuggestionList,
  ranked: T[],
  toRow: (r: T) => SuggestionRow,
  extra: Partial<SuggestionResult> = {},
): SuggestionResult {
  const kept =
    ctx.dismissed.size === 0 ? ranked : ranked.filter((r) => !ctx.dismissed.has(r.username.toLowerCase()));
  return {
    list,
    rows: kept.slice(0, ctx.limit).map(toRow),
    total: kept.length,
    dismissed: ranked.length - kept.length,
    notes: [],
    timeZone: ctx.timeZone,
    ...extra,
  };
}

export function emptyResult(list: SuggestionList): SuggestionResult {
  return { list, rows: [], total: 0, dismissed: 0, notes: ['Import an account export to get suggestions.'] };
}

/** The calendar day ('YYYY-MM-DD') of an instant in the product's zone (advice's one date format). */
export const isoDay = fmtDate;

/**
 * "12 days before the export of 2026-03-01", "on the day of the export of 2026-03-01": always from when,
 * counted in calendar days of the product's zone like the dates beside it.
 */
export function daysBeforeExport(from: number, exportAt: number, zone: string): string {
  const days = Math.max(0, calendarDaysBetween(from, exportAt, zone));
  const of = `the export of ${isoDay(exportAt, zone)}`;
  return days === 0 ? `on the day of ${of}` : `${days} day${days === 1 ? '' : 's'} before ${of}`;
}

export function daysBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / DAY_MS));
}
