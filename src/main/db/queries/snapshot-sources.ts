// Files and folders an account export was imported from, by fingerprint (see migration 011 and
// import/source/fingerprint.ts): a re-import of the very same export is answered from here without
// reading its records.
import type {
  ExportFormat,
  ExportLayout,
  ImportCounts,
  Platform,
  SectionReport,
} from '../../../shared/domain';
import type { Db } from '../open';

/** What the first import of a file reported, enough to report its re-import. */
export interface KnownSource {
  snapshotId: number;
  platform: Platform;
  accountId: number;
  account: string;
  takenAt: number;
  takenAtSource: string;
  format: ExportFormat;
  layout: ExportLayout | null;
  counts: ImportCounts;
  sections: SectionReport[];
  warnings: string[];
  /** Set when the export held only follows since this time (epoch ms). */
  followsSince: number | null;
}

export function findSnapshotBySource(db: Db, fingerprint: string): KnownSource | null {
  const row = db
    .prepare(
      `SELECT s.id AS snapshotId, a.platform, s.account_id AS accountId, a.username AS account,
              s.taken_at AS takenAt, s.taken_at_source AS takenAtSource, s.format, s.layout,
              s.sections, s.warnings, src.counts, s.follows_since AS followsSince
         FROM snapshot_sources src
         JOIN snapshots s ON s.id = src.snapshot_id
         JOIN accounts a ON a.id = s.account_id
        WHERE src.fingerprint = ?`,
    )
    .get(fingerprint) as
    | (Omit<KnownSource, 'counts' | 'sections' | 'warnings'> & {
        counts: string;
        sections: string;
        warnings: string;
      })
    | undefined;
  if (!row) return null;
  return {
    ...row,
    counts: JSON.parse(row.counts) as ImportCounts,
    sections: JSON.parse(row.sections) as SectionReport[],
    warnings: JSON.parse(row.warnings) as string[],
  };
}

/** Remembers that `fingerprint` holds the snapshot (and what its import counted). */
export function recordSnapshotSource(
  db: Db,
  fingerprint: string,
  snapshotId: number,
  counts: ImportCounts,
): void {
  db.prepare(
    'INSERT OR IGNORE INTO snapshot_sources (fingerprint, snapshot_id, counts) VALUES (?, ?, ?)',
  ).run(fingerprint, snapshotId, JSON.stringify(counts));
}
