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
 * Fills temp.advice_tagged (lower-case username, tag) with every tagged account the account's exports ever
 * named (the niche list suggests people you do not follow yet). A temp table keeps the per-tag statistics
 * in SQL instead of shipping lists to JS. Usernames are stored lower-cased under the binary primary key,
 * so a lookup by `lower(h.username)` is one index probe (20k accounts x 50 tags is a million pairs).
 *
 * Filling takes seconds at that size, and every tip and suggestion call needs it: the table and what is
 * read from it are kept while the database is unchanged (no commit from another connection, no write on
 * this one; `PRAGMA data_version` and `total_changes()` tell).
 */
export function fillTagged(db: Db, accountId: number): void {
  const cache = cacheFor(db);
  if (cache.accountId === accountId && cache.version === databaseVersion(db)) return;
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS advice_tagged (
    username TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (username, tag)
  ) WITHOUT ROWID; DELETE FROM temp.advice_tagged;`);
  db.prepare(
    `INSERT OR IGNORE INTO temp.advice_tagged (username, tag)
     SELECT lower(h.username), lower(r.tag)
       FROM handles h
       JOIN advice_tag_rules r ON r.account_id = h.account_id AND r.field IN ('username', 'either')
                              AND instr(lower(h.username), lower(r.contains)) > 0
      WHERE h.account_id = ?`,
  ).run(accountId);
  const audience = audienceTagsSql(db);
  if (audience) {
    db.prepare(
      `INSERT OR IGNORE INTO temp.advice_tagged (username, tag)
       SELECT lower(username), lower(tag) FROM (${audience})`,
    ).run(accountId);
  }
  tagCaches.set(db, {
    accountId,
    version: databaseVersion(db),
    metrics: new Map(),
    taggedFollowing: new Map(),
  });
}

interface TagCache {
  accountId: number;
  version: string;
  metrics: Map<number, TagMetric[]>;
  lookup?: TagLookup;
  taggedFollowing: Map<number, number>;
}

const tagCaches = new WeakMap<Db, TagCache>();

function cacheFor(db: Db): TagCache {
  return tagCaches.get(db) ?? { accountId: -1, version: '', metrics: new Map(), taggedFollowing: new Map() };
}

/** Changes whenever anything may have changed: a commit by another connection or a write on this one. */
function databaseVersion(db: Db): string {
  const data = db.pragma('data_version', { simple: true }) as number;
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${data}:${changes}`;
}

/** Tags of one account by lower-case username (a Map fits too). */
export interface TagLookup {
  get(lowerUsername: string): string[] | undefined;
}

/**
 * Tags of each tagged account, after fillTagged: looked up one username at a time along the primary key
 * (already in tag order), since a list shows hundreds of accounts while the table may hold a million pairs.
 */
export function readTagged(db: Db): TagLookup {
  const cache = tagCaches.get(db);
  if (cache?.lookup) return cache.lookup;
  const byUser = db.prepare('SELECT tag FROM temp.advice_tagged WHERE username = ? ORDER BY tag').pluck();
  const seen = new Map<string, string[] | null>();
  const lookup: TagLookup = {
    get(lowerUsername) {
      let tags = seen.get(lowerUsername);
      if (tags === undefined) {
        const found = byUser.all(lowerUsername) as string[];
        tags = found.length > 0 ? found : null;
        seen.set(lowerUsername, tags);
      }
      return tags ?? undefined;
    },
  };
  if (cache) cache.lookup = lookup;
  return lookup;
}

/** Per tag: followed accounts, how many follow back, the rate and the median days to follow back. */
export function tagMetrics(db: Db, snapshotId: number): TagMetric[] {
  const cache = tagCaches.get(db);
  const cached = cache?.metrics.get(snapshotId);
  if (cached) return cached;
  // Counted in SQL (a million tag pairs stay there); only the follow-back delays come to JS, for medians.
  const counts = db
    .prepare(
      `SELECT t.tag, COUNT(*) AS following, SUM(fr.handle_id IS NOT NULL) AS back
         FROM snapshot_following fg
         JOIN handles h ON h.id = fg.handle_id
         JOIN temp.advice_tagged t ON t.username = lower(h.username)
         LEFT JOIN snapshot_followers fr ON fr.snapshot_id = fg.snapshot_id AND fr.handle_id = fg.handle_id
        WHERE fg.snapshot_id = ?
        GROUP BY t.tag`,
    )
    .all(snapshotId) as { tag: string; following: number; back: number }[];
  const delays = db
    .prepare(
      `SELECT t.tag, fr.followed_at - fg.followed_at AS ms
         FROM snapshot_following fg
         JOIN snapshot_followers fr ON fr.snapshot_id = fg.snapshot_id AND fr.handle_id = fg.handle_id
         JOIN handles h ON h.id = fg.handle_id
         JOIN temp.advice_tagged t ON t.username = lower(h.username)
        WHERE fg.snapshot_id = ? AND fr.followed_at >= fg.followed_at`,
    )
    .raw()
    .all(snapshotId) as [string, number][];
  const byTag = new Map<string, { following: number; back: number; delays: number[] }>();
  for (const r of counts) byTag.set(r.tag, { following: r.following, back: r.back, delays: [] });
  for (const [tag, ms] of delays) byTag.get(tag)?.delays.push(ms / DAY_MS);
  // Tags with no followed account still exist for the user: list them with zeros.
  const all = db.prepare('SELECT DISTINCT tag FROM temp.advice_tagged').pluck().all() as string[];
  for (const tag of all) if (!byTag.has(tag)) byTag.set(tag, { following: 0, back: 0, delays: [] });
  const metrics = [...byTag.entries()]
    .map(([tag, m]) => ({
      tag,
      following: m.following,
      followBack: m.back,
      followBackRate: m.following > 0 ? m.back / m.following : null,
      medianDaysToFollowBack: m.delays.length > 0 ? median(m.delays) : null,
    }))
    .sort((a, b) => (b.followBackRate ?? -1) - (a.followBackRate ?? -1) || b.following - a.following);
  cache?.metrics.set(snapshotId, metrics);
  return metrics;
}

/** Followed accounts carrying at least one tag, in the snapshot. */
export function taggedFollowingCount(db: Db, snapshotId: number): number {
  const cache = tagCaches.get(db);
  const cached = cache?.taggedFollowing.get(snapshotId);
  if (cached !== undefined) return cached;
  const count = db
    .prepare(
      `SELECT COUNT(*) FROM snapshot_following fg JOIN handles h ON h.id = fg.handle_id
        WHERE fg.snapshot_id = ? AND EXISTS (SELECT 1 FROM temp.advice_tagged t WHERE t.username = lower(h.username))`,
    )
    .pluck()
    .get(snapshotId) as number;
  cache?.taggedFollowing.set(snapshotId, count);
  return count;
}
