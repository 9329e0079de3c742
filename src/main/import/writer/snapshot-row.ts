// A snapshot's own row: when the export was made, where it came from, what the profile said and which
// sections it carried. Its totals are set once the lists are stored (store-snapshot-rows.ts).
import type { SectionReport } from '../../../shared/domain';
import type { Db } from '../../db/open';
import type { ExportDescription, ProfileRecord } from '../sink';
import type { TakenAt } from './taken-at';

export interface SnapshotRow {
  accountId: number;
  takenAt: TakenAt;
  importedAt: number;
  contentHash: string;
  description: ExportDescription;
  profile: ProfileRecord;
  sections: readonly SectionReport[];
  warnings: readonly string[];
}

/** Inserts the row and returns the new snapshot's id. */
export function insertSnapshotRow(db: Db, row: SnapshotRow): number {
  const d = row.description;
  const p = row.profile;
  return Number(
    db
      .prepare(
        `INSERT INTO snapshots (account_id, taken_at, taken_at_source, imported_at, source_name, content_hash,
                                kind, format, layout, profile_followers, profile_following, likes_received,
                                sections, warnings, follows_since)
         VALUES (?, ?, ?, ?, ?, ?, 'account-export', ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        row.accountId,
        row.takenAt.at,
        row.takenAt.source,
        row.importedAt,
        d.sourceName,
        row.contentHash,
        d.format,
        d.layout,
        p.followerCount,
        p.followingCount,
        p.likesReceived,
        JSON.stringify(row.sections),
        JSON.stringify(row.warnings),
        d.followsSince ?? null,
      ).lastInsertRowid,
  );
}

/** What a stored snapshot is known by when the same export comes again: its totals and its account. */
export function storedSnapshotTotals(
  db: Db,
  snapshotId: number,
  accountId: number,
): { followers: number; following: number; account: string } {
  const totals = db
    .prepare('SELECT follower_total AS f, following_total AS g FROM snapshots WHERE id = ?')
    .get(snapshotId) as { f: number; g: number };
  const account = db.prepare('SELECT username FROM accounts WHERE id = ?').pluck().get(accountId) as string;
  return { followers: totals.f, following: totals.g, account };
}
