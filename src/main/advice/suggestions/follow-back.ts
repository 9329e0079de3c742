// Follow back: followers you do not follow, people who message you first, then the most recent.
// Score (0–100) = 60 when they messaged you (+ up to 10 more for many messages) + 30·recency, where
// recency halves every 30 days since they followed you.
import type { SuggestionResult, SuggestionRow } from '../../../shared/domain/advice';
import type { Db } from '../../db/open';
import { fmtInt } from '../metrics';
import { DAY_MS, daysBetween, emptyResult, finish, isoDay, listContext, notBlocked } from './common';

const RECENCY_HALF_LIFE_DAYS = 30;

interface Row {
  username: string;
  since: number | null;
  messages: number | null;
  lastMessage: number | null;
}

export function followBackSuggestions(db: Db, accountId: number, limit?: number): SuggestionResult {
  const ctx = listContext(db, accountId, 'follow-back', limit);
  if (!ctx) return emptyResult('follow-back');
  const rows = db
    .prepare(
      `SELECT h.username,
              COALESCE(fr.followed_at, (SELECT MIN(sx.taken_at) FROM snapshot_followers fx JOIN snapshots sx ON sx.id = fx.snapshot_id
                                          WHERE fx.handle_id = fr.handle_id AND sx.account_id = @a)) AS since,
              m.message_count AS messages, m.last_at AS lastMessage
         FROM snapshot_followers fr
         JOIN handles h ON h.id = fr.handle_id
         LEFT JOIN snapshot_messages m ON m.snapshot_id = fr.snapshot_id AND m.handle_id = fr.handle_id
        WHERE fr.snapshot_id = @s
          AND NOT EXISTS (SELECT 1 FROM snapshot_following fg WHERE fg.snapshot_id = @s AND fg.handle_id = fr.handle_id)
          AND ${notBlocked('fr.handle_id')}`,
    )
    .all({ s: ctx.snapshotId, a: accountId, t: ctx.asOf }) as Row[];

  const ranked: SuggestionRow[] = rows.map((r) => {
    const msgs = r.messages ?? 0;
    const age = r.since !== null ? daysBetween(r.since, ctx.asOf) : null;
    const exactAge = r.since !== null ? Math.max(0, ctx.asOf - r.since) / DAY_MS : null;
    const recency = exactAge !== null ? Math.pow(0.5, exactAge / RECENCY_HALF_LIFE_DAYS) : 0;
    const messageScore = msgs > 0 ? 60 + Math.min(10, msgs) : 0;
    const score = Math.round((messageScore + 30 * recency) * 10) / 10;
    const parts: string[] = [];
    if (msgs > 0) parts.push(`exchanged ${msgs} message${msgs === 1 ? '' : 's'} with you`);
    parts.push(r.since !== null ? `follows you since ${isoDay(r.since)}` : 'follows you');
    const reason = parts.join(', ').replace(/^./, (c) => c.toUpperCase());
    return {
      username: r.username,
      score,
      reason,
      evidence: [
        ...(r.since !== null ? [{ label: 'Follows you since', value: isoDay(r.since) }] : []),
        ...(age !== null ? [{ label: 'Days', value: age }] : []),
        { label: 'Messages', value: msgs },
        ...(r.lastMessage !== null ? [{ label: 'Last message', value: isoDay(r.lastMessage) }] : []),
      ],
      tags: ctx.tags.get(r.username.toLowerCase()) ?? [],
    };
  });
  // Equal rounded scores: the more recent follower first, then by name.
  const since = new Map(rows.map((r) => [r.username, r.since ?? 0]));
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      since.get(b.username)! - since.get(a.username)! ||
      a.username.localeCompare(b.username),
  );
  const result = finish(ctx, 'follow-back', ranked);
  const messaged = ranked.filter((r) =>
    r.evidence.some((e) => e.label === 'Messages' && Number(e.value) > 0),
  ).length;
  result.notes = [
    `${fmtInt(ranked.length)} followers you don't follow back${messaged > 0 ? `, ${fmtInt(messaged)} of them message you` : ''}. Blocked accounts are left out.`,
  ];
  return result;
}
