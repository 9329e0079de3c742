// The Audience tables: paged, sorted and searched in SQL so a million-row list costs one page of work.
//
// Each list is a FROM/WHERE over one snapshot plus the handle. The one list that can hold a million
// rows (fans not followed back) forces its join order (CROSS JOIN) so SQLite walks an index that is
// already in the requested order (handles by name, or followers by follow date) and stops after the
// page, instead of sorting the whole list. The others are bounded by the following list or by one
// snapshot's changes and are sorted normally, but their join order is forced too: without statistics
// (a fresh database, before PRAGMA optimize ran) SQLite may otherwise drive mutuals from the million
// followers instead of the few thousand followed accounts.
import type {
  AudienceListKind,
  AudiencePage,
  AudienceRow,
  AudienceSortKey,
  SortDir,
} from '../../shared/domain';
import type { Db } from '../db/open';
import { handleCandidates } from '../db/queries/handle-search';
import { toIso, toIsoOrNull } from '../db/queries/time';
import { refreshAudienceAggregates } from './audience-refresh';
import { listSnapshot, previousCarrying } from './audience-facts';

export interface AudienceListQuery {
  list: AudienceListKind;
  /** Default: the newest snapshot. Unfollowers / new followers / refollows: the window ending here. */
  snapshotId?: number;
  offset: number;
  limit: number;
  sort: { key: AudienceSortKey; dir: SortDir };
  /** Part of a username (case-insensitive). */
  search?: string;
  tag?: string;
  keptOnly?: boolean;
}

interface Shape {
  from: string;
  where: string;
  followedAt: string;
  youFollowedAt: string;
  /** Followed-at column whose index gives the order (fans list only). */
  big?: boolean;
}

const notFollowedBack = `NOT EXISTS (SELECT 1 FROM snapshot_following g WHERE g.snapshot_id = @s AND g.handle_id = f.handle_id)`;
const notFollowingBack = `NOT EXISTS (SELECT 1 FROM snapshot_followers f WHERE f.snapshot_id = @s AND f.handle_id = g.handle_id)`;

/**
 * `candidates`: a subquery of the handles a search can match (db/queries/handle-search.ts), when the
 * trigram index narrows it. The fans list is then driven from those few handles (sorted afterwards)
 * instead of walking a million followers; the other lists are bounded and keep their own order.
 */
function shapeOf(list: AudienceListKind, sortKey: AudienceSortKey, candidates?: string): Shape {
  if (list === 'fans-not-followed-back' && candidates)
    return {
      from: `(${candidates}) c CROSS JOIN handles h ON h.id = c.id
             CROSS JOIN snapshot_followers f ON f.snapshot_id = @s AND f.handle_id = h.id`,
      where: `h.account_id = @a AND ${notFollowedBack}`,
      followedAt: 'f.followed_at',
      youFollowedAt: 'NULL',
      big: true,
    };
  switch (list) {
    case 'mutuals':
      return {
        from: `snapshot_following g
               CROSS JOIN snapshot_followers f ON f.snapshot_id = g.snapshot_id AND f.handle_id = g.handle_id
               CROSS JOIN handles h ON h.id = g.handle_id`,
        where: 'g.snapshot_id = @s',
        followedAt: 'f.followed_at',
        youFollowedAt: 'g.followed_at',
      };
    case 'not-following-back':
      return {
        from: 'snapshot_following g CROSS JOIN handles h ON h.id = g.handle_id',
        where: `g.snapshot_id = @s AND ${notFollowingBack}`,
        followedAt: 'g.followed_at',
        youFollowedAt: 'g.followed_at',
      };
    case 'fans-not-followed-back':
      return sortKey === 'username'
        ? {
            from: 'handles h CROSS JOIN snapshot_followers f ON f.snapshot_id = @s AND f.handle_id = h.id',
            where: `h.account_id = @a AND ${notFollowedBack}`,
            followedAt: 'f.followed_at',
            youFollowedAt: 'NULL',
            big: true,
          }
        : {
            from: 'snapshot_followers f CROSS JOIN handles h ON h.id = f.handle_id',
            where: `f.snapshot_id = @s AND ${notFollowedBack}`,
            followedAt: 'f.followed_at',
            youFollowedAt: 'NULL',
            big: true,
          };
    case 'unfollowers':
    case 'new-followers':
    case 'refollows':
      return {
        from: 'audience_events e CROSS JOIN handles h ON h.id = e.handle_id',
        where: 'e.snapshot_id = @s AND e.side = 0 AND e.kind = @kind',
        followedAt: 'e.followed_at',
        youFollowedAt: 'NULL',
      };
  }
}

const eventKind: Partial<Record<AudienceListKind, string>> = {
  unfollowers: 'lost',
  'new-followers': 'gained',
  refollows: 'refollowed',
};

function orderBy(shape: Shape, key: AudienceSortKey, dir: SortDir): string {
  const d = dir === 'desc' ? 'DESC' : 'ASC';
  if (key === 'username') return `h.username ${d}`;
  // For the big list the tie-break must be the index's own next column to keep the index order.
  return shape.big ? `f.followed_at ${d}, f.handle_id ${d}` : `${shape.followedAt} ${d}, h.username ${d}`;
}

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, '\\$&')}%`;
const TAG_SEP = '\u001f';

interface Built {
  select: (limit: string) => string;
  count: string;
  params: Record<string, unknown>;
  window: AudiencePage['window'];
  snapshotId: number | null;
  takenAt: number;
  /** Fans list without filters: its total is followers - mutuals (precomputed). */
  plainBig: boolean;
}

function build(db: Db, accountId: number, q: Omit<AudienceListQuery, 'offset' | 'limit'>): Built | null {
  refreshAudienceAggregates(db, accountId);
  // Changes read the newest export with a follower list and compare it with the previous one that had
  // one; mutuals and the one-way lists need both lists of one export (audience-facts.ts).
  const isChange = eventKind[q.list] !== undefined;
  const current = listSnapshot(db, accountId, isChange ? 'followers' : 'both', q.snapshotId);
  if (!current) return null;
  const previous = isChange ? previousCarrying(db, accountId, current.id) : null;
  const params: Record<string, unknown> = { a: accountId, s: current.id };
  const search = q.search?.trim();
  const candidates = search ? handleCandidates(db, search) : null;
  const shape = shapeOf(q.list, q.sort.key, candidates?.sql);
  const filters: string[] = [shape.where];
  const kind = eventKind[q.list];
  if (kind) params.kind = kind;
  if (search) {
    filters.push("h.username LIKE @pattern ESCAPE '\\'");
    params.pattern = likePattern(search);
    Object.assign(params, candidates?.params);
  }
  if (q.tag) {
    filters.push(
      'EXISTS (SELECT 1 FROM audience_tags t WHERE t.account_id = @a AND t.username = h.username AND t.tag = @tag)',
    );
    params.tag = q.tag;
  }
  if (q.keptOnly) {
    filters.push(
      'EXISTS (SELECT 1 FROM audience_notes n WHERE n.account_id = @a AND n.username = h.username AND n.keep = 1)',
    );
  }
  const where = filters.join(' AND ');
  // The page is chosen first; keep/note/tags are looked up for its rows only.
  const inner = `SELECT h.id AS handleId, h.username AS username,
          ${shape.followedAt} AS followedAt, ${shape.youFollowedAt} AS youFollowedAt
     FROM ${shape.from} WHERE ${where} ORDER BY ${orderBy(shape, q.sort.key, q.sort.dir)}`;
  const select = (limit: string) => `SELECT p.*,
          (SELECT n.keep FROM audience_notes n WHERE n.account_id = @a AND n.username = p.username) AS keep,
          (SELECT n.note FROM audience_notes n WHERE n.account_id = @a AND n.username = p.username) AS note,
          (SELECT group_concat(t.tag, char(31)) FROM audience_tags t WHERE t.account_id = @a AND t.username = p.username) AS tags
     FROM (${inner} ${limit}) p`;
  return {
    select,
    count: `SELECT COUNT(*) FROM ${shape.from} WHERE ${where}`,
    params,
    window: kind && previous ? { from: toIso(previous), to: toIso(current.takenAt) } : null,
    snapshotId: current.id,
    takenAt: current.takenAt,
    plainBig: !!shape.big && !search && !q.tag && !q.keptOnly,
  };
}

interface RawRow {
  handleId: number;
  username: string;
  followedAt: number | null;
  youFollowedAt: number | null;
  keep: number | null;
  note: string | null;
  tags: string | null;
}

function toRow(r: RawRow, list: AudienceListKind, takenAt: number): AudienceRow {
  return {
    handleId: r.handleId,
    username: r.username,
    followedAt: toIsoOrNull(r.followedAt),
    youFollowedAt: toIsoOrNull(r.youFollowedAt),
    outstandingMs:
      list === 'not-following-back' && r.youFollowedAt !== null
        ? Math.max(0, takenAt - r.youFollowedAt)
        : null,
    keep: r.keep === 1,
    tags: r.tags ? r.tags.split(TAG_SEP) : [],
    note: r.note ?? '',
  };
}

export function audienceList(db: Db, accountId: number, q: AudienceListQuery): AudiencePage {
  const built = build(db, accountId, q);
  if (!built) return { list: q.list, snapshotId: null, window: null, total: 0, offset: q.offset, rows: [] };
  const rows = (
    db
      .prepare(built.select('LIMIT @limit OFFSET @offset'))
      .all({ ...built.params, limit: q.limit, offset: q.offset }) as RawRow[]
  ).map((r) => toRow(r, q.list, built.takenAt));
  let total: number;
  if (built.plainBig) {
    const s = db
      .prepare('SELECT followers - mutuals FROM audience_snapshot_stats WHERE snapshot_id = ?')
      .pluck()
      .get(built.snapshotId) as number;
    total = s;
  } else {
    total = db.prepare(built.count).pluck().get(built.params) as number;
  }
  return { list: q.list, snapshotId: built.snapshotId, window: built.window, total, offset: q.offset, rows };
}

/** Every row of a list, in the requested order (for CSV export and the CLI). */
export function* audienceListAll(
  db: Db,
  accountId: number,
  q: Omit<AudienceListQuery, 'offset' | 'limit'>,
): Generator<AudienceRow> {
  const built = build(db, accountId, q);
  if (!built) return;
  for (const r of db.prepare(built.select('')).iterate(built.params) as IterableIterator<RawRow>) {
    yield toRow(r, q.list, built.takenAt);
  }
}

/** The SQL a list page runs, for EXPLAIN QUERY PLAN checks in tests. */
export function audienceListSql(
  db: Db,
  accountId: number,
  q: AudienceListQuery,
): { sql: string; params: Record<string, unknown> } | null {
  const built = build(db, accountId, q);
  return built
    ? {
        sql: built.select('LIMIT @limit OFFSET @offset'),
        params: { ...built.params, limit: q.limit, offset: q.offset },
      }
    : null;
}

export function listWindow(
  db: Db,
  accountId: number,
  q: Omit<AudienceListQuery, 'offset' | 'limit'>,
): AudiencePage['window'] {
  return build(db, accountId, q)?.window ?? null;
}
