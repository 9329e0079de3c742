// What the snapshot writer is given and what it returns: its options, what finish() needs, the hook
// that writes derived data inside the import's transaction, and the snapshot it wrote.
import type { ImportCounts, SectionReport } from '../../../shared/domain';
import type { Db } from '../../db/open';
import type { ExportDescription } from '../sink';
import type { SaveStepHooks } from './save-steps';
import type { TakenAt } from './taken-at';

/** The save-step hooks (writer/save-steps.ts) report the steps of finish(): seconds at 1M followers. */
export interface SnapshotWriterOptions extends SaveStepHooks {
  dbPath: string;
  /** What the user gave (its base name), for the refusals of input over the limits. */
  sourceName?: string;
  nativeBinding?: string;
  /** Called every few thousand records and on every progress() with the running totals (callers throttle). */
  onRecords?: (records: number, bytesRead: number) => void;
  /** The latest time a record can carry (see latestRecordTime). */
  latestRecordTime?: number;
}

export interface FinishOptions {
  description: ExportDescription;
  /** The account to attach an export without a username to (CLI --account). */
  account?: string;
  /** A user-given export time (epoch ms), overriding what the export says. */
  exportedAt?: number;
  now?: number;
  /** Checked between the steps of the save: an abort rolls everything back. */
  signal?: AbortSignal;
  /** Derived data the caller keeps (the audience aggregates), written inside the import's transaction. */
  beforeCommit?: BeforeCommit;
  /** The fingerprint of the file read (source/fingerprint.ts), remembered with the snapshot. */
  sourceFingerprint?: string | null;
}

/**
 * Writes what the caller derives from an account's snapshots on the import's own connection, before COMMIT,
 * so that a failure there (disk full) rolls the snapshot back with it: the import is done or as before.
 */
export type BeforeCommit = (db: Db, accountId: number) => void;

export interface WrittenSnapshot {
  accountId: number;
  account: string;
  snapshotId: number;
  duplicate: boolean;
  takenAt: TakenAt;
  counts: ImportCounts;
  sections: SectionReport[];
  warnings: string[];
}
