// Snapshot rows: listing, lookup by content hash, re-dating and deleting.
import type { ExportFormat, ExportLayout, ImportKind, SnapshotInfo } from '../../../shared/domain';
import type { Db } from '../open';
import { toIso } from './time';

interface SnapshotRow {
  id: number;
  account_id: number;
  taken_at: number;
  imported_at: number;
  source_name: string;
  kind: ImportKind;
  format: ExportFormat;
  layout: ExportLayout | null;
  follower_total: number;
  following_total: number;
  post_total: number;
  warnings: string;
  follows_since: number | null;
}

const columns = `id, account_id, taken_at, imported_at, source_name, kind, format, layout,
                 follower_total, following_total, post_total, warnings, follows_since`;

function toInfo(r: SnapshotRow): SnapshotInfo {
  return {
    id: r.id,
    accountId: r.account_id,
    takenAt: toIso(r.taken_at),
    importedAt: toIso(r.imported_at),
    sourceName: r.source_name,
    kind: r.kind,
    format: r.format,
    layout: r.layout,
    followers: r.follower_total,
    following: r.following_total,
    posts: r.post_total,
    warnings: JSON.parse(r.warnings) as string[],
    followsSince: r.follows_since === null ? null : toIso(r.follows_since),
  };
}

/** The account's snapshots, oldest first (by when the export was made, not when it was imported). */
export function listSnapshots(db: Db, accountId: number): SnapshotInfo[] {
  const rows = db
    .prepare(`SELECT ${columns} FROM snapshots WHERE account_id = ? ORDER BY taken_at, id`)
    .all(accountId) as SnapshotRow[];
  return rows.map(toInfo);
}

export function getSnapshot(db: Db, snapshotId: number): SnapshotInfo | null {
  const row = db.prepare(`SELECT ${columns} FROM snapshots WHERE id = ?`).get(snapshotId) as
    SnapshotRow | undefined;
  return row ? toInfo(row) : null;
}

export interface SnapshotRef {
  id: number;
  accountId: number;
  takenAt: number;
  takenAtSource: string;
}

export function findSnapshotByHash(db: Db, contentHash: string): SnapshotRef | null {
  const row = db
    .prepare('SELECT id, account_id, taken_at, taken_at_source FROM snapshots WHERE content_hash = ?')
    .get(contentHash) as
    { id: number; account_id: number; taken_at: number; taken_at_source: string } | undefined;
  return row
    ? { id: row.id, accountId: row.account_id, takenAt: row.taken_at, takenAtSource: row.taken_at_source }
    : null;
}

export function setSnapshotTime(db: Db, snapshotId: number, takenAt: number): boolean {
  const info = db
    .prepare("UPDATE snapshots SET taken_at = ?, taken_at_source = 'given' WHERE id = ?")
    .run(takenAt, snapshotId);
  return info.changes > 0;
}

const personTables = [
  'snapshot_followers',
  'snapshot_following',
  'snapshot_blocked',
  'snapshot_messages',
] as const;

/** Tables and columns with a foreign key to snapshots(id). */
function snapshotReferences(db: Db): { table: string; column: string }[] {
  return db
    .prepare(
      `SELECT m.name AS "table", f."from" AS "column"
         FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND f."table" = 'snapshots'`,
    )
    .all() as { table: string; column: string }[];
}

/**
 * Deletes a snapshot in one transaction, with the handles and posts of its account that no other
 * snapshot refers to any more. Returns the account id, or null when there was no such snapshot.
 *
 * Child rows are deleted explicitly (by primary-key prefix) with foreign-key checks off: handles(id) has
 * no index on the child side, so with checks on each deleted handle would scan every child table.
 * Consistency holds by construction: only rows nothing refers to are removed.
 */
export function deleteSnapshot(db: Db, snapshotId: number): number | null {
  const fkWasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  if (fkWasOn) db.pragma('foreign_keys = OFF'); // cannot change inside a transaction
  try {
    return db.transaction(() => {
      const row = db.prepare('SELECT account_id FROM snapshots WHERE id = ?').get(snapshotId) as
        { account_id: number } | undefined;
      if (!row) return null;
      const accountId = row.account_id;
      db.exec(
        'CREATE TEMP TABLE IF NOT EXISTS delete_candidates (id INTEGER PRIMARY KEY); DELETE FROM temp.delete_candidates;',
      );
      for (const t of personTables) {
        db.prepare(
          `INSERT OR IGNORE INTO temp.delete_candidates SELECT handle_id FROM ${t} WHERE snapshot_id = ?`,
        ).run(snapshotId);
      }
      const postIds = db
        .prepare('SELECT post_id FROM snapshot_posts WHERE snapshot_id = ?')
        .pluck()
        .all(snapshotId);
      // Every table that refers to snapshots (also those later migrations add), found in the schema:
      // with foreign-key checks off, ON DELETE CASCADE does not run, so we do its work here.
      for (const ref of snapshotReferences(db)) {
        db.prepare(`DELETE FROM "${ref.table}" WHERE "${ref.column}" = ?`).run(snapshotId);
      }
      db.prepare('DELETE FROM snapshots WHERE id = ?').run(snapshotId);

      // Keep the candidates some remaining snapshot of the account still refers to; drop the rest.
      for (const t of personTables) {
        db.prepare(
          `DELETE FROM temp.delete_candidates WHERE id IN (
             SELECT r.handle_id FROM ${t} r WHERE r.snapshot_id IN (SELECT id FROM snapshots WHERE account_id = ?))`,
        ).run(accountId);
      }
      db.exec(
        'DELETE FROM handles WHERE id IN (SELECT id FROM temp.delete_candidates); DELETE FROM temp.delete_candidates;',
      );
      const dropPost = db.prepare(
        'DELETE FROM posts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM snapshot_posts WHERE post_id = ?)',
      );
      for (const id of postIds) dropPost.run(id, id);
      return accountId;
    })();
  } finally {
    if (fkWasOn) db.pragma('foreign_keys = ON');
  }
}
