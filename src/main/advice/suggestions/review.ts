// Review: accounts followed for more than N days that never followed back (in any export), excluding
// the ones marked "keep". Comes with pacing advice: a daily cap, never a mass unfollow.
// Score (0–100), each part named in the row's reason:
//   waited   up to WAIT_POINTS, growing with the days followed without a follow-back (full at a year);
//   niche    NOT_NICHE_POINTS when no tag of your niche applies (an account in your niche feeds your
//            feed with your topic even without following back, so it ranks lower);
//   silent   SILENT_POINTS when you never exchanged messages (a conversation is a relationship).
import type { SuggestionResult, SuggestionRow } from '../../../shared/domain/advice';
import type { Db } from '../../db/open';
import { calendarDaysBetween, fmtInt } from '../metrics';
import { readSettings } from '../store';
import { daysBeforeExport, daysBetween, emptyResult, finish, isoDay, listContext } from './common';
import { keptCount, reviewCandidates } from './review-candidates';

export const WAIT_POINTS = 60;
export const NOT_NICHE_POINTS = 25;
export const SILENT_POINTS = 15;
const FULL_WAIT_DAYS = 365;

export interface ReviewSignals {
  since: number;
  tags: string[];
  messages: number;
}

/** What the score reads of the tags: whether one applies, not which (a list ranks every account by it). */
export type ReviewScoreInput = Omit<ReviewSignals, 'tags'> & { tagged: boolean };

/** The score (0–100, one decimal) of one followed account, as of the export taken at asOf. */
export function reviewScore(s: ReviewScoreInput, asOf: number): number {
  const days = daysBetween(s.since, asOf);
  const score =
    WAIT_POINTS * Math.min(1, days / FULL_WAIT_DAYS) +
    (s.tagged ? 0 : NOT_NICHE_POINTS) +
    (s.messages === 0 ? SILENT_POINTS : 0);
  return Math.round(score * 10) / 10;
}

/** The reason naming each part of the score, its days in the product's zone. */
export function reviewReason(s: ReviewSignals, asOf: number, zone: string): string {
  return [
    `Followed ${daysBeforeExport(s.since, asOf, zone)} (since ${isoDay(s.since, zone)}), never followed back`,
    s.tags.length > 0 ? `in your niche (${s.tags.join(', ')})` : 'no niche tag applies',
    s.messages > 0 ? `you exchanged ${s.messages} message${s.messages === 1 ? '' : 's'}` : 'no messages',
  ].join('; ');
}

export function scoreReview(s: ReviewSignals, asOf: number, zone: string): { score: number; reason: string } {
  return {
    score: reviewScore({ ...s, tagged: s.tags.length > 0 }, asOf),
    reason: reviewReason(s, asOf, zone),
  };
}

interface Candidate {
  username: string;
  score: number;
  signals: ReviewScoreInput;
}

export function reviewSuggestions(db: Db, accountId: number, limit?: number): SuggestionResult {
  const ctx = listContext(db, accountId, 'review', limit);
  if (!ctx) return emptyResult('review');
  const settings = readSettings(db, accountId);
  const rows = reviewCandidates(db, accountId, ctx.snapshotId, ctx.asOf, settings.reviewAfterDays);
  const kept = keptCount(db, accountId);
  const messages = new Map(
    (
      db
        .prepare(
          'SELECT lower(h.username) AS u, m.message_count AS n FROM snapshot_messages m JOIN handles h ON h.id = m.handle_id WHERE m.snapshot_id = ?',
        )
        .all(ctx.snapshotId) as { u: string; n: number }[]
    ).map((r) => [r.u, r.n]),
  );
  const ranked: Candidate[] = rows.map((r) => {
    const lower = r.username.toLowerCase();
    const signals: ReviewScoreInput = {
      since: r.since,
      tagged: ctx.tags.tagged(r.username, r.handTagged === 1),
      messages: messages.get(lower) ?? 0,
    };
    return { username: r.username, score: reviewScore(signals, ctx.asOf), signals };
  });
  // Highest score first; equal scores: the longest wait first (the candidates come oldest first).
  ranked.sort((a, b) => b.score - a.score);
  const exportDay = isoDay(ctx.asOf, ctx.timeZone);
  const toRow = ({ username, score, signals: scored }: Candidate): SuggestionRow => {
    const signals = { ...scored, tags: ctx.tags.get(username) ?? [] };
    return {
      username,
      score,
      reason: reviewReason(signals, ctx.asOf, ctx.timeZone),
      evidence: [
        { label: 'Followed since', value: isoDay(signals.since, ctx.timeZone) },
        {
          label: `Days before the export of ${exportDay}`,
          value: Math.max(0, calendarDaysBetween(signals.since, ctx.asOf, ctx.timeZone)),
        },
        { label: 'Messages', value: signals.messages },
      ],
      tags: signals.tags,
    };
  };
  const result = finish(ctx, 'review', ranked, toRow, { dailyCap: settings.dailyUnfollowCap });
  const cap = settings.dailyUnfollowCap;
  const daysNeeded = Math.ceil(result.total / Math.max(1, cap));
  result.notes = [
    `${fmtInt(result.total)} accounts followed for more than ${settings.reviewAfterDays} days never followed back${kept > 0 ? ` (accounts marked keep are left out)` : ''}.`,
    'Ranked by how long they have not followed back, whether a niche tag applies and whether you talk; each row says which apply.',
    result.total > 0
      ? `Unfollow at most ${cap} a day: at that pace this list takes ${daysNeeded} day${daysNeeded === 1 ? '' : 's'}. Mass unfollowing in one sitting can get an account rate-limited.`
      : 'Nothing to review: every follow older than the window follows you back.',
  ];
  return result;
}
