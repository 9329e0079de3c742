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
import { tagMetrics, taggedFollowingCount } from '../tags';
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

  // Which accounts carry a tag or a keyword is decided in JS on the usernames alone (one index scan);
  // only those few are then checked against the lists, not every account ever seen.
  interface Match {
    username: string;
    rowTags: string[];
    keyword: (typeof keywords)[number] | undefined;
  }
  const matches = new Map<number, Match>();
  const handles = db
    .prepare('SELECT id, username FROM handles WHERE account_id = ?')
    .raw()
    .all(accountId) as [number, string][];
  for (const [id, username] of handles) {
    const lower = username.toLowerCase();
    const rowTags = ctx.tags.get(lower) ?? [];
    if (rowTags.length > 0) {
      matches.set(id, { username, rowTags, keyword: undefined });
    } else if (keywords.length > 0) {
      const tokens = usernameTokens(lower);
      const keyword = keywords.find((k) => tokens.some((t) => t.startsWith(k.term)));
      if (keyword) matches.set(id, { username, rowTags, keyword });
    }
  }
  const candidates =
    matches.size === 0
      ? []
      : (db
          .prepare(
            `SELECT j.value AS id,
                    EXISTS (SELECT 1 FROM snapshot_followers fr WHERE fr.snapshot_id = @s AND fr.handle_id = j.value) AS followsYou
               FROM json_each(@ids) j
              WHERE NOT EXISTS (SELECT 1 FROM snapshot_following fg WHERE fg.snapshot_id = @s AND fg.handle_id = j.value)
                AND ${notBlocked('j.value')}`,
          )
          .all({
            s: ctx.snapshotId,
            a: accountId,
            t: ctx.asOf,
            ids: JSON.stringify([...matches.keys()]),
          }) as {
          id: number;
          followsYou: number;
        }[]);

  const ranked: SuggestionRow[] = [];
  for (const c of candidates) {
    const { username, rowTags, keyword } = matches.get(c.id)!;
    let base: number;
    let reason: string;
    if (rowTags.length > 0) {
      const best = rowTags.reduce((a, t) =>
        (rateOf.get(t) ?? overall) > (rateOf.get(a) ?? overall) ? t : a,
      );
      base = rateOf.get(best) ?? overall;
      reason = `Tagged "${best}": ${Math.round(base * 100)}% of the "${best}" accounts you follow follow back`;
    } else {
      base = overall * (keyword!.weight / topWeight);
      reason = `Username matches your niche keyword "${keyword!.term}"`;
    }
    if (c.followsYou) reason += '; already follows you';
    const score = Math.round(Math.min(100, base * 100 + (c.followsYou ? 20 : 0)) * 10) / 10;
    ranked.push({
      username,
      score,
      reason,
      evidence: [
        { label: 'Expected follow-back rate', value: Math.round(base * 100), unit: '%' },
        { label: 'Follows you', value: c.followsYou ? 'yes' : 'no' },
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
