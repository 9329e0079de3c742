// The creator's interest profile: favorited hashtags and search terms (what they look for on the
// platform), plus the hashtags the export lists as used. Dated terms (searches) are merged across
// exports day by day, each day from the newest export that has that term kind; undated lists
// (favorites, hashtags used) come from the newest export that has any.
import type { InterestProfile, TermCount } from '../../../shared/domain';
import type { Db } from '../../db/open';

const LIMIT = 50;

type TermKind = 'search' | 'hashtagUsed' | 'hashtagFavorite';

function dated(db: Db, accountId: number, kind: TermKind): TermCount[] {
  return db
    .prepare(
      `WITH cover AS (
         SELECT t.snapshot_id, s.taken_at, MIN(t.day) AS first_day, MAX(t.day) AS last_day
           FROM snapshot_terms t JOIN snapshots s ON s.id = t.snapshot_id
          WHERE s.account_id = @account AND s.kind = 'account-export' AND t.kind = @kind AND t.day <> ''
          GROUP BY t.snapshot_id),
       days AS (SELECT DISTINCT t.day FROM snapshot_terms t JOIN cover c ON c.snapshot_id = t.snapshot_id
                 WHERE t.kind = @kind AND t.day <> ''),
       pick AS (SELECT d.day, (SELECT c.snapshot_id FROM cover c WHERE d.day BETWEEN c.first_day AND c.last_day
                                 ORDER BY c.taken_at DESC, c.snapshot_id DESC LIMIT 1) AS sid
                  FROM days d)
       SELECT t.term, SUM(t.count) AS count, MAX(t.day) AS lastDay
         FROM pick p JOIN snapshot_terms t ON t.snapshot_id = p.sid AND t.kind = @kind AND t.day = p.day
        GROUP BY t.term COLLATE NOCASE
        ORDER BY count DESC, lastDay DESC, t.term
        LIMIT ${LIMIT}`,
    )
    .all({ account: accountId, kind }) as TermCount[];
}

function undated(db: Db, accountId: number, kind: TermKind): TermCount[] {
  const rows = db
    .prepare(
      `WITH newest AS (
         SELECT s.id FROM snapshots s
          WHERE s.account_id = @account AND s.kind = 'account-export'
            AND EXISTS (SELECT 1 FROM snapshot_terms t WHERE t.snapshot_id = s.id AND t.kind = @kind)
          ORDER BY s.taken_at DESC, s.id DESC LIMIT 1)
       SELECT t.term, SUM(t.count) AS count, MAX(NULLIF(t.day, '')) AS lastDay
         FROM snapshot_terms t JOIN newest n ON n.id = t.snapshot_id
        WHERE t.kind = @kind
        GROUP BY t.term
        ORDER BY count DESC, t.term
        LIMIT ${LIMIT}`,
    )
    .all({ account: accountId, kind }) as TermCount[];
  return rows;
}

export function interestProfile(db: Db, accountId: number): InterestProfile {
  return {
    favoriteHashtags: undated(db, accountId, 'hashtagFavorite'),
    searchTerms: dated(db, accountId, 'search'),
    hashtagsUsed: undated(db, accountId, 'hashtagUsed'),
  };
}
