// The accounts the Review list is made of, shared with the metrics so the tip's count and the list's
// length are the same number: followed (per the export date, else the first export that lists them)
// before the cutoff, never seen among the followers in any export up to the snapshot, not blocked,
// not marked "keep". Oldest first.
import type { Db } from '../../db/open';
import { keepUsernamesSql } from '../audience-tables';
import { handTaggedSql } from '../tags';
import { notBlocked } from './common';

export interface ReviewCandidate {
  username: string;
  since: number;
  /** 1 when the account carries a hand tag (see handTaggedSql). */
  handTagged: number;
}

export function reviewCandidates(
  db: Db,
  accountId: number,
  snapshotId: number,
  asOf: number,
  reviewAfterDays: number,
): ReviewCandidate[] {
  const rows = db
    .prepare(
      `SELECT username, since, handTagged FROM (
         SELECT h.username, ${handTaggedSql(db, 'h.username')} AS handTagged,
                COALESCE(fg.followed_at, (SELECT MIN(sx.taken_at) FROM snapshot_following fx JOIN snapshots sx ON sx.id = fx.snapshot_id
                                            WHERE fx.handle_id = fg.handle_id AND sx.account_id = @a)) AS since
           FROM snapshot_following fg JOIN handles h ON h.id = fg.handle_id
          WHERE fg.snapshot_id = @s
            AND NOT EXISTS (SELECT 1 FROM snapshot_followers fr JOIN snapshots sr ON sr.id = fr.snapshot_id
                             WHERE fr.handle_id = fg.handle_id AND sr.account_id = @a AND sr.taken_at <= @t)
            AND ${notBlocked('fg.handle_id')})
        WHERE since < @cutoff
        ORDER BY since, username`,
    )
    .all({
      s: snapshotId,
      a: accountId,
      t: asOf,
      cutoff: asOf - reviewAfterDays * 86_400_000,
    }) as ReviewCandidate[];
  const keepSql = keepUsernamesSql(db);
  if (!keepSql) return rows;
  const keep = new Set((db.prepare(keepSql).pluck().all(accountId) as string[]).map((u) => u.toLowerCase()));
  return rows.filter((r) => !keep.has(r.username.toLowerCase()));
}

export function keptCount(db: Db, accountId: number): number {
  const keepSql = keepUsernamesSql(db);
  return keepSql ? (db.prepare(`SELECT COUNT(*) FROM (${keepSql})`).pluck().get(accountId) as number) : 0;
}
