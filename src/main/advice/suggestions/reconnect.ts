// Reconnect: accounts that were mutuals in some earlier export and no longer follow you. Those you still
// follow come first (the relationship is one-sided now), then by how recently you were mutuals.
// Score = 50 if you still follow them + 50·recency (halving every 60 days since the last mutual export).
import type { SuggestionResult, SuggestionRow } from '../../../shared/domain/advice';
import type { Db } from '../../db/open';
import { fmtInt } from '../metrics';
import { compareNames, daysBetween, emptyResult, finish, isoDay, listContext, notBlocked } from './common';

const HALF_LIFE_DAYS = 60;

export function reconnectSuggestions(db: Db, accountId: number, limit?: number): SuggestionResult {
  const ctx = listContext(db, accountId, 'reconnect', limit);
  if (!ctx) return emptyResult('reconnect');
  const rows = db
    .prepare(
      `SELECT h.username, MAX(sp.taken_at) AS lastMutual,
              EXISTS (SELECT 1 FROM snapshot_following fg WHERE fg.snapshot_id = @s AND fg.handle_id = h.id) AS stillFollowing
         FROM snapshots sp
         JOIN snapshots cur ON cur.id = @s
         JOIN snapshot_followers fr ON fr.snapshot_id = sp.id
         JOIN snapshot_following fg ON fg.snapshot_id = sp.id AND fg.handle_id = fr.handle_id
         JOIN handles h ON h.id = fr.handle_id
        WHERE sp.account_id = @a AND sp.taken_at < @t
          AND NOT EXISTS (SELECT 1 FROM snapshot_followers c WHERE c.snapshot_id = @s AND c.handle_id = fr.handle_id)
          -- An export for a date range lists only follows since its start: older ones are unknown there.
          AND (cur.follows_since IS NULL OR fr.followed_at >= cur.follows_since)
          AND ${notBlocked('fr.handle_id')}
        GROUP BY h.id`,
    )
    .all({ s: ctx.snapshotId, a: accountId, t: ctx.asOf }) as {
    username: string;
    lastMutual: number;
    stillFollowing: number;
  }[];
  type Former = (typeof rows)[number] & { score: number };
  const ranked: Former[] = rows.map((r) => ({
    ...r,
    score: Math.round(
      (r.stillFollowing ? 50 : 0) + 50 * Math.pow(0.5, daysBetween(r.lastMutual, ctx.asOf) / HALF_LIFE_DAYS),
    ),
  }));
  ranked.sort((a, b) => b.score - a.score || compareNames(a.username, b.username));
  const toRow = (r: Former): SuggestionRow => ({
    username: r.username,
    score: r.score,
    reason: `Mutual until ${isoDay(r.lastMutual, ctx.timeZone)}, no longer follows you${r.stillFollowing ? ' (you still follow them)' : ''}`,
    evidence: [
      { label: 'Last seen as mutual', value: isoDay(r.lastMutual, ctx.timeZone) },
      { label: 'You still follow them', value: r.stillFollowing ? 'yes' : 'no' },
    ],
    tags: ctx.tags.get(r.username) ?? [],
  });
  const result = finish(ctx, 'reconnect', ranked, toRow);
  result.notes = [
    `${fmtInt(result.total)} former mutuals no longer follow you. A comment on their latest post often reconnects better than a message.`,
  ];
  return result;
}
