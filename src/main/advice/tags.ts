// Which accounts carry which tag, and how each tag's accounts reciprocate. Tags come from two places:
// the automatic rules ("username contains …", advice_tag_rules) and the tags the user set by hand
// (audience_tags, shared with the audience page). Display names of other accounts are in no export, so a
// 'displayName' rule can only match once some import provides them; 'either' matches usernames today.
//
// Sizes to expect: 20k accounts tagged with 50 tags each is a million hand-tag pairs. Nothing here reads
// all of them in one call: a username's tags are one primary-key probe, the list of tags walks the
// (account, tag) index one tag at a time, and each tag's counts per export are kept in advice_tag_stats
// (counted once, dropped by triggers when the tag's accounts change), so a call counts only the tags
// changed since the last one.
import type { TagMetric } from '../../shared/domain/advice';
import type { Db } from '../db/open';
import { audienceTagsSql } from './audience-tables';
import { median } from './stats';

const DAY_MS = 86_400_000;

/** An automatic rule that matches usernames: a tag applies when the lower-case username contains `contains`. */
interface UsernameRule {
  tag: string;
  contains: string;
}

/** Per connection: the account whose tags readTagged serves (set by fillTagged). */
const currentAccount = new WeakMap<Db, number>();

/**
 * Makes `accountId` the account whose tags readTagged serves on this connection. Counting happens lazily,
 * per tag, in tagMetrics; there is nothing to fill in advance.
 */
export function fillTagged(db: Db, accountId: number): void {
  currentAccount.set(db, accountId);
}

/** Tags of one account's usernames. */
export interface TagLookup {
  /**
   * Whether any tag applies, given whether the ranking query found hand tags for the username
   * (handTaggedSql): the rules are checked here, no tag list is read, so a list can rank 20,000 accounts.
   */
  tagged(username: string, handTagged: boolean): boolean;
  /** The tags, lower-case and sorted, or undefined when none applies. */
  get(username: string): string[] | undefined;
}

/**
 * SQL expression, 1 when the username `usernameSql` carries a hand tag of account @a: one primary-key
 * probe inside the query that ranks, so no list of tagged names has to come to JS.
 */
export function handTaggedSql(db: Db, usernameSql: string): string {
  if (hasTable(db, 'advice_tag_lists'))
    return `EXISTS (SELECT 1 FROM advice_tag_lists t WHERE t.account_id = @a AND t.username = ${usernameSql})`;
  if (audienceTagsSql(db))
    return `EXISTS (SELECT 1 FROM audience_tags t WHERE t.account_id = @a AND t.username = ${usernameSql})`;
  return '0';
}

/**
 * Tags of the tagged accounts of the account set by fillTagged, lower-case and sorted: the hand tags from
 * advice_tag_lists (a username's list only when asked for, one primary-key probe: the rows a page
 * shows), the rules checked in JS. The lookup is kept for the next call while the database is unchanged
 * (no commit from another connection, no write on this one).
 */
export function readTagged(db: Db): TagLookup {
  const accountId = currentAccount.get(db) ?? -1;
  const version = databaseVersion(db);
  const kept = lookups.get(db);
  if (kept && kept.accountId === accountId && kept.version === version) return kept.lookup;
  const rules = usernameRules(db, accountId);
  let hand: ((username: string) => string[]) | undefined;
  const seen = new Map<string, string[] | null>();
  const lookup: TagLookup = {
    tagged(username, handTagged) {
      if (handTagged || rules.length === 0) return handTagged;
      const lower = username.toLowerCase();
      return rules.some((r) => lower.includes(r.contains));
    },
    get(username) {
      let tags = seen.get(username);
      if (tags === undefined) {
        hand ??= handTags(db, accountId);
        const found = hand(username);
        const lower = username.toLowerCase();
        for (const r of rules) if (lower.includes(r.contains)) found.push(r.tag);
        tags = found.length > 0 ? sortedUnique(found) : null;
        seen.set(username, tags);
      }
      return tags ?? undefined;
    },
  };
  lookups.set(db, { accountId, version, lookup });
  return lookup;
}

const lookups = new WeakMap<Db, { accountId: number; version: string; lookup: TagLookup }>();

/**
 * Changes whenever tags may have changed: a commit by another connection or a write on this one, except
 * the counts this module keeps (writing them changes no tag, and must not throw the lookup away).
 */
function databaseVersion(db: Db): string {
  const data = db.pragma('data_version', { simple: true }) as number;
  const changes = totalChanges(db) - (ownWrites.get(db) ?? 0);
  return `${data}:${changes}`;
}

function totalChanges(db: Db): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}

/** Per connection: rows this module wrote to keep counts (see databaseVersion). */
const ownWrites = new WeakMap<Db, number>();

function sortedUnique(tags: string[]): string[] {
  tags.sort();
  return tags.filter((t, i) => i === 0 || t !== tags[i - 1]);
}

/**
 * The hand tags of a username, lower-case, in a new array per call (unsorted): one probe of the
 * account's lists (NOCASE, as the audience page stores names).
 */
function handTags(db: Db, accountId: number): (username: string) => string[] {
  if (hasTable(db, 'advice_tag_lists')) {
    // lower() of the JSON text lower-cases the tags inside it, as SQLite's lower() would one by one.
    const list = db
      .prepare('SELECT lower(tags) FROM advice_tag_lists WHERE account_id = ? AND username = ?')
      .pluck();
    return (u) => {
      const json = list.get(accountId, u) as string | undefined;
      return json === undefined ? [] : (JSON.parse(json) as string[]);
    };
  }
  // A database from before the lists (tests that apply only some migrations).
  if (!audienceTagsSql(db)) return () => [];
  const byUser = db
    .prepare('SELECT lower(tag) FROM audience_tags WHERE account_id = ? AND username = ?')
    .pluck();
  return (u) => byUser.all(accountId, u) as string[];
}

/** Per tag: followed accounts, how many follow back, the rate and the median days to follow back. */
export function tagMetrics(db: Db, snapshotId: number): TagMetric[] {
  const accountId = accountOf(db, snapshotId);
  if (accountId === null) return [];
  const tags = accountTags(db, accountId);
  const stored = new Map(storedStats(db, snapshotId).map((s) => [s.tag.toLowerCase(), s] as const));
  const missing = tags.filter((t) => !stored.has(t));
  if (missing.length > 0) {
    for (const s of countTags(db, accountId, snapshotId, missing)) stored.set(s.tag, s);
  }
  return tags
    .map((tag) => {
      const s = stored.get(tag)!;
      return {
        tag,
        following: s.following,
        followBack: s.follow_back,
        followBackRate: s.following > 0 ? s.follow_back / s.following : null,
        medianDaysToFollowBack: s.median_days,
      };
    })
    .sort((a, b) => (b.followBackRate ?? -1) - (a.followBackRate ?? -1) || b.following - a.following);
}

/** Followed accounts carrying at least one tag, in the snapshot (counted once, kept until tags change). */
export function taggedFollowingCount(db: Db, snapshotId: number): number {
  const accountId = accountOf(db, snapshotId);
  if (accountId === null) return 0;
  const keptTable = hasTable(db, 'advice_tagged_following');
  if (keptTable) {
    const kept = db
      .prepare('SELECT count FROM advice_tagged_following WHERE snapshot_id = ?')
      .pluck()
      .get(snapshotId) as number | undefined;
    if (kept !== undefined) return kept;
  }
  const count = () => countTaggedFollowing(db, accountId, snapshotId);
  if (!keptTable) return count();
  return countAndKeep(
    db,
    () => {
      const n = count();
      db.prepare(
        'INSERT OR REPLACE INTO advice_tagged_following (snapshot_id, account_id, count) VALUES (?, ?, ?)',
      ).run(snapshotId, accountId, n);
      return n;
    },
    count,
  );
}

function countTaggedFollowing(db: Db, accountId: number, snapshotId: number): number {
  const hand = handTaggedSql(db, 'h.username');
  const rules = usernameRules(db, accountId).map((r) => r.contains);
  const byRule =
    rules.length > 0
      ? 'EXISTS (SELECT 1 FROM json_each(@rules) r WHERE instr(lower(h.username), r.value) > 0)'
      : '0';
  return db
    .prepare(
      `SELECT COUNT(*) FROM snapshot_following fg JOIN handles h ON h.id = fg.handle_id
        WHERE fg.snapshot_id = @s AND (${hand} OR ${byRule})`,
    )
    .pluck()
    .get({
      s: snapshotId,
      a: accountId,
      ...(rules.length > 0 ? { rules: JSON.stringify(rules) } : {}),
    }) as number;
}

interface TagStats {
  tag: string;
  following: number;
  follow_back: number;
  median_days: number | null;
}

function accountOf(db: Db, snapshotId: number): number | null {
  return (
    (db.prepare('SELECT account_id FROM snapshots WHERE id = ?').pluck().get(snapshotId) as
      number | undefined) ?? null
  );
}

/** The username rules of an account, lower-cased ('displayName' rules match nothing yet). */
function usernameRules(db: Db, accountId: number): UsernameRule[] {
  return db
    .prepare(
      `SELECT DISTINCT lower(tag) AS tag, lower(contains) AS contains FROM advice_tag_rules
        WHERE account_id = ? AND field IN ('username', 'either')`,
    )
    .all(accountId) as UsernameRule[];
}

/**
 * Every tag of the account, lower-case and sorted: the distinct hand tags, read by walking the
 * (account, tag) index from one tag to the next (50 probes, not a million rows), plus the rules' tags.
 */
function accountTags(db: Db, accountId: number): string[] {
  const tags = new Set(usernameRules(db, accountId).map((r) => r.tag));
  if (audienceTagsSql(db)) {
    const hand = db
      .prepare(
        `WITH RECURSIVE walk (tag) AS (
           SELECT MIN(tag) FROM audience_tags WHERE account_id = @a
           UNION ALL
           SELECT (SELECT MIN(t.tag) FROM audience_tags t WHERE t.account_id = @a AND t.tag > walk.tag)
             FROM walk WHERE walk.tag IS NOT NULL
         )
         SELECT lower(tag) FROM walk WHERE tag IS NOT NULL`,
      )
      .pluck()
      .all({ a: accountId }) as string[];
    for (const t of hand) tags.add(t);
  }
  return [...tags].sort();
}

/** The kept counts of an export (none on a database without the stats table). */
function storedStats(db: Db, snapshotId: number): TagStats[] {
  if (!hasTable(db, 'advice_tag_stats')) return [];
  return db
    .prepare('SELECT tag, following, follow_back, median_days FROM advice_tag_stats WHERE snapshot_id = ?')
    .all(snapshotId) as TagStats[];
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Counts the given tags in the export and keeps the result (see keep). */
function countTags(db: Db, accountId: number, snapshotId: number, tags: string[]): TagStats[] {
  const count = () => tags.map((tag) => countTag(db, accountId, snapshotId, tag));
  if (!hasTable(db, 'advice_tag_stats')) return count();
  return countAndKeep(
    db,
    () => {
      const stats = count();
      const keep = db.prepare(
        `INSERT OR REPLACE INTO advice_tag_stats (snapshot_id, account_id, tag, following, follow_back, median_days)
         VALUES (?, ?, ?, ?, ?, ?)`,
      );
      for (const s of stats)
        keep.run(snapshotId, accountId, s.tag, s.following, s.follow_back, s.median_days);
      return stats;
    },
    count,
  );
}

/**
 * Runs `countAndStore` in one write transaction, so a tag changed by another connection meanwhile cannot
 * leave stale counts behind (its trigger waits for this transaction, then drops them). Reading never waits
 * for a writer: when another connection is writing (an import), or the database cannot be written (disk
 * full), the counts are returned all the same (`countOnly`), just not kept.
 */
function countAndKeep<T>(db: Db, countAndStore: () => T, countOnly: () => T): T {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    const before = totalChanges(db);
    const result = db.transaction(countAndStore).immediate();
    ownWrites.set(db, (ownWrites.get(db) ?? 0) + totalChanges(db) - before);
    return result;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code === 'SQLITE_FULL' || code.startsWith('SQLITE_READONLY'))
      return countOnly();
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/**
 * One tag in one export: its accounts (tagged by hand, or matched by one of the tag's rules) among the
 * followed ones, whether each follows back and after how long. One row per followed account of the tag
 * (at most the size of the following list) comes to JS, for the median.
 */
function countTag(db: Db, accountId: number, snapshotId: number, tag: string): TagStats {
  const hand = audienceTagsSql(db)
    ? `SELECT h.id FROM audience_tags t
         JOIN handles h ON h.account_id = t.account_id AND h.username = t.username
        WHERE t.account_id = @a AND t.tag = @tag`
    : null;
  const rules = usernameRules(db, accountId)
    .filter((r) => r.tag === tag)
    .map((r) => r.contains);
  const byRule = rules.length
    ? `SELECT h.id FROM handles h
        WHERE h.account_id = @a
          AND EXISTS (SELECT 1 FROM json_each(@rules) r WHERE instr(lower(h.username), r.value) > 0)`
    : null;
  const members = [hand, byRule].filter(Boolean).join(' UNION ');
  const rows = db
    .prepare(
      `SELECT fr.handle_id IS NOT NULL AS back,
              CASE WHEN fr.followed_at >= fg.followed_at THEN fr.followed_at - fg.followed_at END AS ms
         FROM (${members}) m
         JOIN snapshot_following fg ON fg.snapshot_id = @s AND fg.handle_id = m.id
         LEFT JOIN snapshot_followers fr ON fr.snapshot_id = @s AND fr.handle_id = m.id`,
    )
    .raw()
    .all({ a: accountId, s: snapshotId, tag, ...(byRule ? { rules: JSON.stringify(rules) } : {}) }) as [
    number,
    number | null,
  ][];
  let back = 0;
  const delays: number[] = [];
  for (const [b, ms] of rows) {
    back += b;
    if (ms !== null) delays.push(ms / DAY_MS);
  }
  return {
    tag,
    following: rows.length,
    follow_back: back,
    median_days: delays.length > 0 ? median(delays) : null,
  };
}
