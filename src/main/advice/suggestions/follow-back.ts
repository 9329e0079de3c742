// Follow back: followers you do not follow, ranked by signals that differ from one fan to the next.
// Score (0–100), each part named in the row's reason:
//   messages  MESSAGE_POINTS + 1 per message (up to 10) when you exchanged direct messages: people who
//             already talk to you are the closest audience you have;
//   mutual    MUTUAL_POINTS when you followed each other in an earlier export (a relationship to restore);
//   recency   up to RECENCY_POINTS, halving every RECENCY_HALF_LIFE_DAYS since they followed you; half
//             as much when the export gives no follow date and the first export listing them stands in;
//   niche     NICHE_POINTS when a tag of your niche applies to them.
// TikTok's export names no one in comments (only the comment text), so comments cannot count here.
import type { SuggestionResult, SuggestionRow } from '../../../shared/domain/advice';
import type { Db } from '../../db/open';
import { calendarDaysBetween, fmtInt } from '../metrics';
import { handTaggedSql } from '../tags';
import {
  compareNames,
  DAY_MS,
  daysBeforeExport,
  emptyResult,
  finish,
  isoDay,
  listContext,
  notBlocked,
} from './common';

export const MESSAGE_POINTS = 40;
export const MUTUAL_POINTS = 20;
export const RECENCY_POINTS = 25;
export const NICHE_POINTS = 5;
const RECENCY_HALF_LIFE_DAYS = 30;

export interface FollowBackSignals {
  /** Follow date from the export, else the first export listing them, else null. */
  since: number | null;
  /** True when `since` is the export's own follow date. */
  sinceExact: boolean;
  messages: number;
  lastMessage: number | null;
  /** Newest earlier export in which you followed each other, or null. */
  mutualUntil: number | null;
  tags: string[];
}

/** What the score reads of the tags: whether one applies, not which (a list ranks every fan by it). */
export type FollowBackScoreInput = Omit<FollowBackSignals, 'tags'> & { tagged: boolean };

/** The score (0–100, one decimal) of one fan, from its own signals, as of the export taken at asOf. */
export function followBackScore(s: FollowBackScoreInput, asOf: number): number {
  const exactAge = s.since !== null ? Math.max(0, asOf - s.since) / DAY_MS : null;
  const recency =
    exactAge === null ? 0 : Math.pow(0.5, exactAge / RECENCY_HALF_LIFE_DAYS) * (s.sinceExact ? 1 : 0.5);
  const score =
    (s.messages > 0 ? MESSAGE_POINTS + Math.min(10, s.messages) : 0) +
    (s.mutualUntil !== null ? MUTUAL_POINTS : 0) +
    RECENCY_POINTS * recency +
    (s.tagged ? NICHE_POINTS : 0);
  return Math.round(score * 10) / 10;
}

/** The reason naming each part of the score that applies, its days in the product's zone. */
export function followBackReason(s: FollowBackSignals, asOf: number, zone: string): string {
  const parts: string[] = [];
  if (s.messages > 0)
    parts.push(
      `exchanged ${s.messages} message${s.messages === 1 ? '' : 's'} with you${s.lastMessage !== null ? ` (last on ${isoDay(s.lastMessage, zone)})` : ''}`,
    );
  if (s.mutualUntil !== null)
    parts.push(`you followed each other in the export of ${isoDay(s.mutualUntil, zone)}`);
  if (s.since !== null)
    parts.push(
      s.sinceExact
        ? `followed you ${daysBeforeExport(s.since, asOf, zone)}${calendarDaysBetween(s.since, asOf, zone) > 0 ? ` (on ${isoDay(s.since, zone)})` : ''}`
        : `first listed among your followers in the export of ${isoDay(s.since, zone)}`,
    );
  if (s.tags.length > 0) parts.push(`in your niche (${s.tags.join(', ')})`);
  return (parts.length > 0 ? parts.join('; ') : 'follows you').replace(/^./, (c) => c.toUpperCase());
}

/** The score and the reason for one fan, from its own signals, as of the export taken at asOf. */
export function scoreFollowBack(
  s: FollowBackSignals,
  asOf: number,
  zone: string,
): { score: number; reason: string } {
  return {
    score: followBackScore({ ...s, tagged: s.tags.length > 0 }, asOf),
    reason: followBackReason(s, asOf, zone),
  };
}

interface Fan {
  username: string;
  score: number;
  signals: FollowBackScoreInput;
}

export function followBackSuggestions(db: Db, accountId: number, limit?: number): SuggestionResult {
  const ctx = listContext(db, accountId, 'follow-back', limit);
  if (!ctx) return emptyResult('follow-back');
  const params = { s: ctx.snapshotId, a: accountId, t: ctx.asOf };
  // The rare signals (conversations, mutuals of earlier exports) are read once each into a map, not
  // probed for every fan; past mutuals in one pass over the earlier (short) following lists.
  const conversations = new Map(
    (
      db
        .prepare('SELECT handle_id, message_count, last_at FROM snapshot_messages WHERE snapshot_id = @s')
        .raw()
        .all(params) as [number, number, number | null][]
    ).map(([id, count, last]) => [id, { count, last }]),
  );
  const mutualUntil = new Map(
    db
      .prepare(
        `SELECT px.handle_id, MAX(sp.taken_at) FROM snapshots sp
           JOIN snapshot_following px ON px.snapshot_id = sp.id
           JOIN snapshot_followers py ON py.snapshot_id = sp.id AND py.handle_id = px.handle_id
          WHERE sp.account_id = @a AND sp.taken_at <= @t AND sp.id <> @s
          GROUP BY px.handle_id`,
      )
      .raw()
      .all(params) as [number, number][],
  );
  // The first export listing a fan is looked up only for fans without a follow date.
  const fans = db
    .prepare(
      `SELECT fr.handle_id, h.username, fr.followed_at,
              CASE WHEN fr.followed_at IS NULL THEN
                (SELECT MIN(sx.taken_at) FROM snapshot_followers fx JOIN snapshots sx ON sx.id = fx.snapshot_id
                  WHERE fx.handle_id = fr.handle_id AND sx.account_id = @a) END,
              ${handTaggedSql(db, 'h.username')}
         FROM snapshot_followers fr
         JOIN handles h ON h.id = fr.handle_id
        WHERE fr.snapshot_id = @s
          AND fr.handle_id NOT IN (SELECT handle_id FROM snapshot_following WHERE snapshot_id = @s)
          AND ${notBlocked('fr.handle_id')}`,
    )
    .raw()
    .all(params) as [number, string, number | null, number | null, number][];

  let messaged = 0;
  let formerMutuals = 0;
  const ranked: Fan[] = fans.map(([id, username, followedAt, firstSeen, handTagged]) => {
    const talk = conversations.get(id);
    const signals: FollowBackScoreInput = {
      since: followedAt ?? firstSeen,
      sinceExact: followedAt !== null,
      messages: talk?.count ?? 0,
      lastMessage: talk?.last ?? null,
      mutualUntil: mutualUntil.get(id) ?? null,
      tagged: ctx.tags.tagged(username, handTagged === 1),
    };
    if (signals.messages > 0) messaged++;
    if (signals.mutualUntil !== null) formerMutuals++;
    return { username, score: followBackScore(signals, ctx.asOf), signals };
  });
  // Equal rounded scores: the more recent follower first, then by name.
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (b.signals.since ?? 0) - (a.signals.since ?? 0) ||
      compareNames(a.username, b.username),
  );
  const toRow = ({ username, score, signals: scored }: Fan): SuggestionRow => {
    const signals = { ...scored, tags: ctx.tags.get(username) ?? [] };
    return {
      username,
      score,
      reason: followBackReason(signals, ctx.asOf, ctx.timeZone),
      evidence: [
        ...(signals.since !== null
          ? [
              {
                label: signals.sinceExact ? 'Follows you since' : 'First listed',
                value: isoDay(signals.since, ctx.timeZone),
              },
            ]
          : []),
        { label: 'Messages', value: signals.messages },
        ...(signals.lastMessage !== null
          ? [{ label: 'Last message', value: isoDay(signals.lastMessage, ctx.timeZone) }]
          : []),
        ...(signals.mutualUntil !== null
          ? [{ label: 'Mutual in export of', value: isoDay(signals.mutualUntil, ctx.timeZone) }]
          : []),
      ],
      tags: signals.tags,
    };
  };
  const result = finish(ctx, 'follow-back', ranked, toRow);
  result.notes = [
    `${fmtInt(ranked.length)} followers you don't follow back${messaged > 0 ? `, ${fmtInt(messaged)} of them message you` : ''}${formerMutuals > 0 ? `, ${fmtInt(formerMutuals)} followed each other with you before` : ''}. Blocked accounts are left out.`,
    'Ranked by messages, a past mutual follow, how recently they followed and your niche tags; each row says which apply.',
  ];
  return result;
}
