// Recognizing a re-import of the very same file without reading its records: while the import reads the
// file, its fingerprint is computed beside it (source/fingerprint.ts); when it names a snapshot already
// stored, the read is stopped and the import reports that snapshot as a duplicate, as the content hash
// would have after reading everything. Anything else (a new file, a folder, the same export in another
// container) goes on to the content hash as before.
import type { ImportReport } from '../../shared/domain';
import type { Db } from '../db/open';
import { findSnapshotBySource, type KnownSource } from '../db/queries/snapshot-sources';
import { fingerprintFile } from './source/fingerprint';

export class KnownSourceWatch {
  /** Aborted by the caller's signal, or as soon as the file is recognized: give it to the reader. */
  readonly signal: AbortSignal;
  /** The file's fingerprint (null for a folder), to remember with a new snapshot. */
  readonly fingerprint: Promise<string | null>;
  private readonly stop = new AbortController();
  private known: KnownSource | null = null;

  constructor(file: string, db: Db, signal?: AbortSignal) {
    this.signal = signal ? AbortSignal.any([signal, this.stop.signal]) : this.stop.signal;
    this.fingerprint = fingerprintFile(file, signal).then((fingerprint) => {
      if (fingerprint === null || this.signal.aborted) return fingerprint;
      try {
        this.known = findSnapshotBySource(db, fingerprint);
      } catch {
        // The service's connection closed meanwhile (the import failed and the caller went on): no lookup.
      }
      if (this.known) this.stop.abort();
      return fingerprint;
    });
  }

  /**
   * Runs the read (with this.signal) and waits for the fingerprint: a file recognized by it ends as the
   * duplicate of its snapshot, whether its read was stopped early or had finished first; otherwise the
   * read's own outcome (its value with the fingerprint, or its error).
   */
  async read<T>(
    file: string,
    read: (signal: AbortSignal) => Promise<T>,
  ): Promise<{ value: T; fingerprint: string | null } | { duplicate: ImportReport }> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await read(this.signal) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    const fingerprint = await this.fingerprint;
    const duplicate = this.duplicateReport(file);
    if (duplicate) return { duplicate };
    if (!outcome.ok) throw outcome.error;
    return { value: outcome.value, fingerprint };
  }

  /** The report of the stored snapshot this file was imported as, once recognized; else null. */
  private duplicateReport(file: string): ImportReport | null {
    const k = this.known;
    if (!k) return null;
    return {
      path: file,
      platform: 'tiktok',
      kind: 'account-export',
      format: k.format,
      layout: k.layout,
      account: k.account,
      accountId: k.accountId,
      snapshotId: k.snapshotId,
      takenAt: new Date(k.takenAt).toISOString(),
      takenAtSource: k.takenAtSource,
      duplicate: true,
      counts: k.counts,
      sections: k.sections,
      warnings: k.warnings,
    };
  }
}
