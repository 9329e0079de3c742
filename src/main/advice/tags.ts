// Which accounts carry which tag, and how each tag's accounts reciprocate. Tags come from two places:
// the automatic rules ("username contains …", advice_tag_rules) and the tags the user set by hand
// (audience_tags, shared with the audience page). Display names of other accounts are in no export, so a
// 'displayName' rule can only match once some import provides them; 'either' matches usernames today.
import type { TagMetric } from '../../shared/domain/advice';
import type { Db } from '../db/open';
import { audienceTagsSql } from './audience-tables';
import { median } from './stats';

const DAY_MS = 86_400_000;

/**
 * Fills temp.advice_tagged (username, tag) with every tagged account the account's exports ever named
 * (the niche list suggests people you do not follow yet). A temp table keeps the per-tag statistics
 * in SQL instead of shipping lists to JS.
 */
export function fillTagged(db: Db, accountId: number): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS advice_tagged (
    username TEXT NOT NULL COLLATE NOCASE, tag TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY (username, tag)
  ) WITHOUT ROWID; DELETE FROM temp.advice_tagged;`);
  db.prepare(
    `INSERT OR IGNORE INTO temp.advice_tagged (username, tag)
     SELECT h.username, lower(r.tag)
       FROM handles h
       JOIN advice_tag_rules r ON r.account_id = h.account_id AND r.field IN ('username', 'either')
                              AND instr(lower(h.username), lower(r.contains)) > 0
      WHERE h.account_id = ?`,
  ).run(accountId);
  const audience = audienceTagsSql(db);
  if (audience) {
    db.prepare(
      `INSERT OR IGNORE INTO temp.advice_tagged (username, tag) SELECT username, lower(tag) FROM (${audience})`,
    ).run(accountId);
  }
}

/** Tags of each tagged account (lower-case username → tags), after fillTagged. */
export function readTagged(db: Db): Map<string, string[]> {
  const rows = db.prepare('SELECT lower(username) AS u, tag FROM temp.advice_tagged ORDER BY tag').all() as {
    u: string;
    tag: string;
  }[];
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const list = map.get(r.u);
    if (list) list.push(r.tag);
    else map.set(r.u, [r.tag]);
  }
  return map;
}

/** Per tag: followed accounts, how many follow back, the rate and the median days to follow back. */
export function tagMetrics(db: Db, snapshotId: number): TagMetric[] {
  const rows = db
    .prepare(
      `SELECT t.tag, fg.followed_at AS fgAt, fr.handle_id IS NOT NULL AS back, fr.followed_at AS frAt
         FROM snapshot_following fg
         JOIN handles h ON h.id = fg.handle_id
         JOIN temp.advice_tagged t ON t.username = h.username
         LEFT JOIN snapshot_followers fr ON fr.snapshot_id = fg.snapshot_id AND fr.handle_id = fg.handle_id
        WHERE fg.snapshot_id = ?`,
    )
    .all(snapshotId) as { tag: string; fgAt: number | null; back: number; frAt: number | null }[];
  const byTag = new Map<string, { following: number; back: number; delays: number[] }>();
  for (const r of rows) {
    let m = byTag.get(r.tag);
    if (!m) byTag.set(r.tag, (m = { following: 0, back: 0, delays: [] }));
    m.following++;
    if (r.back) {
      m.back++;
      if (r.fgAt !== null && r.frAt !== null && r.frAt >= r.fgAt) m.delays.push((r.frAt - r.fgAt) / DAY_MS);
    }
  }
  // Tags with no followed account still exist for the user: list them with zeros.
  const all = db.prepare('SELECT DISTINCT tag FROM temp.advice_tagged').pluck().all() as string[];
  for (const tag of all) if (!byTag.has(tag)) byTag.set(tag, { following: 0, back: 0, delays: [] });
  return [...byTag.entries()]
    .map(([tag, m]) => ({
      tag,
      following: m.following,
      followBack: m.back,
      followBackRate: m.following > 0 ? m.back / m.following : null,
      medianDaysToFollowBack: m.delays.length > 0 ? median(m.delays) : null,
    }))
    .sort((a, b) => (b.followBackRate ?? -1) - (a.followBackRate ?? -1) || b.following - a.following);
}

/** Followed accounts carrying at least one tag, in the snapshot. */
export function taggedFollowingCount(db: Db, snapshotId: number): number {
  return db
    .prepare(
      `SELECT COUNT(*) FROM snapshot_following fg JOIN handles h ON h.id = fg.handle_id
        WHERE fg.snapshot_id = ? AND EXISTS (SELECT 1 FROM temp.advice_tagged t WHERE t.username = h.username)`,
    )
    .pluck()
    .get(snapshotId) as number;
}
