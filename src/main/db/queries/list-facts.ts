// The SQL definition of what the importer counts from a snapshot's lists while they are in memory
// (src/main/import/writer/list-facts.ts): follows per UTC day per side, and the mutual count. The import
// never runs this (it would read back a million rows); data written straight into SQLite does: test
// seeds and the audience benchmark. tests/integration/import/list-facts.test.ts checks that both agree.
import type { Db } from '../open';

export function countListFactsInSql(db: Db, snapshotId: number): void {
  db.prepare('DELETE FROM snapshot_follow_days WHERE snapshot_id = ?').run(snapshotId);
  for (const [side, table] of [
    [0, 'snapshot_followers'],
    [1, 'snapshot_following'],
  ] as const) {
    db.prepare(
      `INSERT INTO snapshot_follow_days (snapshot_id, side, day, count)
       SELECT snapshot_id, ${side}, followed_at / 86400000, COUNT(*) FROM ${table}
        WHERE snapshot_id = ? AND followed_at IS NOT NULL GROUP BY followed_at / 86400000`,
    ).run(snapshotId);
  }
  db.prepare(
    `UPDATE snapshots SET mutual_total = (
       SELECT COUNT(*) FROM snapshot_following g
        WHERE g.snapshot_id = snapshots.id
          AND EXISTS (SELECT 1 FROM snapshot_followers f WHERE f.snapshot_id = g.snapshot_id AND f.handle_id = g.handle_id))
     WHERE id = ?`,
  ).run(snapshotId);
}
