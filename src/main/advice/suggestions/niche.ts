// Grow in your niche: where to put new follows. Tags are ranked by how often their accounts follow
// back; rows are accounts you do not follow yet that carry a tag or whose username contains one of
// your niche keywords (at the start of a word of the username, keywords of 5+ letters, so "band"
// never matches "urbandaily"). Score (0–100) = 100 × the best follow-back rate among the row's tags (your
// overall rate for a keyword-only match, times the keyword's relative weight) + 20 when they already
// follow you, capped at 100.
import type { SuggestionResult, SuggestionRow, TagMetric } from '../../../shared/domain/advice';
import type { Db } from '../../db/open';
import { nicheProfile } from '../niche';
import { readSettings } from '../store';
import { handTaggedSql, tagMetrics, taggedFollowingCount } from '../tags';
import { compareNames, emptyResult, finish, listContext, notBlocked } from './common';

/** A tag needs this many followed accounts before its own rate is trusted over the overall rate. */
const MIN_TAG_SAMPLE = 3;

/** Parts of a username between separators and digits: "fit.by_ana22" → fit, by, ana. */
export function usernameTokens(username: string): string[] {
  return username.split(/[^\p{L}]+/u).filter(Boolean);
}

export function nicheSuggestions(db: Db, accountId: number, limit?: number): SuggestionResult {
  const ctx = listContext(db, accountId, 'niche', limit);
  if (!ctx) return emptyResult('niche');
  const settings = readSettings(db, accountId);
  const tags = tagMetrics(db, ctx.snapshotId);
  const counts = db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM snapshot_following WHERE snapshot_id = @s) AS following,
              (SELECT COUNT(*) FROM snapshot_following fg WHERE fg.snapshot_id = @s
                 AND EXISTS (SELECT 1 FROM snapshot_followers fr WHERE fr.snapshot_id = @s AND fr.handle_id = fg.handle_id)) AS mutuals`,
    )
    .get({ s: ctx.snapshotId }) as { following: number; mutuals: number };
  const overall = counts.following > 0 ? counts.mutuals / counts.following : 0;
  const rateOf = new Map<string, number>(
    tags.map((t: TagMetric) => [
      t.tag,
      t.following >= MIN_TAG_SAMPLE && t.followBackRate !== null ? t.followBackRate : overall,
    ]),
  );

  const keywords = nicheProfile(db, accountId)
    .keywords.map((k) => ({ ...k, term: k.term.replace(/\s+/g, '') }))
    .filter((k) => k.term.length >= 5)
    .slice(0, 20);
  const topWeight = Math.max(1e-9, ...keywords.map((k) => k.weight));

  // Every account not followed is a candidate; whether a hand tag applies is one probe in the query
  // (handTaggedSql), the rules and keywords are checked in JS, the tags themselves read for matches only.
  const candidates = db
    .prepare(
      `SELECT h.username, fr.handle_id IS NOT NULL AS followsYou, ${handTaggedSql(db, 'h.username')} AS handTagged
         FROM handles h
         LEFT JOIN snapshot_followers fr ON fr.snapshot_id = @s AND fr.handle_id = h.id
        WHERE h.account_id = @a
          AND h.id NOT IN (SELECT handle_id FROM snapshot_following WHERE snapshot_id = @s)
          AND ${notBlocked('h.id')}`,
    )
    .raw()
    .all({ s: ctx.snapshotId, a: accountId, t: ctx.asOf }) as [string, number, number][];

  const ranked: SuggestionRow[] = [];
  for (const [username, followsYou, handTagged] of candidates) {
    const rowTags = ctx.tags.tagged(username, handTagged === 1) ? (ctx.tags.get(username) ?? []) : [];
    let keyword: (typeof keywords)[number] | undefined;
    if (rowTags.length === 0 && keywords.length > 0) {
      const tokens = usernameTokens(username.toLowerCase());
      keyword = keywords.find((k) => tokens.some((t) => t.startsWith(k.term)));
    }
    let base: number;
    let reason: string;
    if (rowTags.length > 0) {
      const best = rowTags.reduce((a, t) =>
        (rateOf.get(t) ?? overall) > (rateOf.get(a) ?? overall) ? t : a,
      );
      base = rateOf.get(best) ?? overall;
      reason = `Tagged "${best}": ${Math.round(base * 100)}% of the "${best}" accounts you follow follow back`;
    } else if (keyword) {
      base = overall * (keyword.weight / topWeight);
      reason = `Username matches your niche keyword "${keyword.term}"`;
    } else continue;
    if (followsYou) reason += '; already follows you';
    const score = Math.round(Math.min(100, base * 100 + (followsYou ? 20 : 0)) * 10) / 10;
    ranked.push({
      username,
      score,
      reason,
      evidence: [
        { label: 'Expected follow-back rate', value: Math.round(base * 100), unit: '%' },
        { label: 'Follows you', value: followsYou ? 'yes' : 'no' },
        ...(keyword ? [{ label: 'Keyword', value: keyword.term }] : []),
      ],
      tags: rowTags,
    });
  }
  ranked.sort((a, b) => b.score - a.score || compareNames(a.username, b.username));

  const share =
    tags.length > 0 && counts.following > 0
      ? taggedFollowingCount(db, ctx.snapshotId) / counts.following
      : null;
  const notes: string[] = [];
  const top = tags.filter((t) => t.following >= MIN_TAG_SAMPLE).slice(0, 3);
  if (top.length > 0) {
    notes.push(
      `Best follow-back niches: ${top.map((t) => `${t.tag} ${Math.round((t.followBackRate ?? 0) * 100)}%`).join(', ')} (overall ${Math.round(overall * 100)}%).`,
    );
  } else {
    notes.push('Tag the accounts you follow (or add tag rules) to see which niches follow you back.');
  }
  if (share !== null) {
    notes.push(
      `${Math.round(share * 100)}% of your following is in your niche tags; target ${Math.round(settings.nicheShareTarget * 100)}%.`,
    );
  }
  return finish(ctx, 'niche', ranked, (r) => r, { tagRanking: tags, notes });
}
