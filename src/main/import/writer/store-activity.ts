// Posts, and activity and terms as counts per UTC day: the snapshot rows that are not about people.
import type { Db } from '../../db/open';
import type { ActivityKind, PostRecord, TermKind } from '../sink';
import type { DayCounts, TermCounts } from './day-counts';

/** Posts are matched across exports by time and title (the export's link expires). Returns how many. */
export function storePosts(
  db: Db,
  snapshotId: number,
  accountId: number,
  posts: readonly PostRecord[],
): number {
  const upsert = db.prepare(
    `INSERT INTO posts (account_id, posted_at, title, sound) VALUES (?, ?, ?, ?)
     ON CONFLICT (account_id, posted_at, title) DO UPDATE SET sound = CASE WHEN excluded.sound <> '' THEN excluded.sound ELSE sound END
     RETURNING id`,
  );
  const link = db.prepare(
    'INSERT OR REPLACE INTO snapshot_posts (snapshot_id, post_id, likes) VALUES (?, ?, ?)',
  );
  const ids = new Set<number>();
  for (const post of posts) {
    const { id } = upsert.get(accountId, post.postedAt, post.title ?? '', post.sound ?? '') as { id: number };
    link.run(snapshotId, id, post.likes);
    ids.add(id);
  }
  return ids.size;
}

/** Distinct posts, by the same identity storePosts matches on. */
export function uniquePostCount(posts: readonly PostRecord[]): number {
  return new Set(posts.map((p) => `${p.postedAt}\u0000${p.title ?? ''}`)).size;
}

export function storeCounts(
  db: Db,
  snapshotId: number,
  activity: DayCounts<ActivityKind>,
  terms: TermCounts<TermKind>,
): void {
  const addActivity = db.prepare(
    'INSERT INTO snapshot_activity (snapshot_id, kind, day, count) VALUES (?, ?, ?, ?)',
  );
  for (const row of activity.rows()) addActivity.run(snapshotId, row.kind, row.day, row.count);
  const addTerm = db.prepare(
    'INSERT INTO snapshot_terms (snapshot_id, kind, term, day, count) VALUES (?, ?, ?, ?, ?)',
  );
  for (const row of terms.rows()) addTerm.run(snapshotId, row.kind, row.term, row.day, row.count);
}
