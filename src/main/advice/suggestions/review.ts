// Review: accounts followed for more than N days that never followed back (in any export), oldest
// first, excluding the ones marked "keep". Comes with pacing advice: a daily cap, never a mass unfollow.
// Score = days followed (so the ranking and the score say the same thing).
import type { SuggestionResult, SuggestionRow } from '../../../shared/domain/advice';
import type { Db } from '../../db/open';
import { fmtInt } from '../metrics';
import { readSettings } from '../store';
import { daysBetween, emptyResult, finish, isoDay, listContext } from './common';
import { keptCount, reviewCandidates } from './review-candidates';

export function reviewSuggestions(db: Db, accountId: number, limit?: number): SuggestionResult {
  const ctx = listContext(db, accountId, 'review', limit);
  if (!ctx) return emptyResult('review');
  const settings = readSettings(db, accountId);
  const rows = reviewCandidates(db, accountId, ctx.snapshotId, ctx.asOf, settings.reviewAfterDays);
  const kept = keptCount(db, accountId);
  const ranked: SuggestionRow[] = rows.map((r) => {
    const days = daysBetween(r.since, ctx.asOf);
    return {
      username: r.username,
      score: days,
      reason: `Followed ${days} days ago (${isoDay(r.since)}), never followed back`,
      evidence: [
        { label: 'Followed since', value: isoDay(r.since) },
        { label: 'Days followed', value: days },
      ],
      tags: ctx.tags.get(r.username.toLowerCase()) ?? [],
    };
  });
  const result = finish(ctx, 'review', ranked, { dailyCap: settings.dailyUnfollowCap });
  const cap = settings.dailyUnfollowCap;
  const daysNeeded = Math.ceil(result.total / Math.max(1, cap));
  result.notes = [
    `${fmtInt(result.total)} accounts followed for more than ${settings.reviewAfterDays} days never followed back${kept > 0 ? ` (accounts marked keep are left out)` : ''}.`,
    result.total > 0
      ? `Unfollow at most ${cap} a day: at that pace this list takes ${daysNeeded} day${daysNeeded === 1 ? '' : 's'}. Mass unfollowing in one sitting can get an account rate-limited.`
      : 'Nothing to review: every follow older than the window follows you back.',
  ];
  return result;
}
