// Recognizing a re-import of the very same file or folder without reading its records: while the import
// reads it, its fingerprint is computed beside it (source/fingerprint.ts); when it names a snapshot already
// stored, the read is stopped and the import reports that snapshot as a duplicate, as the content hash
// would have after reading everything. Anything else (a new export, the same export in another container)
// goes on to the content hash as before.
import type { ImportReport } from '../../shared/domain';
import type { Db } from '../db/open';
import { findSnapshotBySource, type KnownSource } from '../db/queries/snapshot-sources';
import type { RecognizedExport } from './platforms/types';
import { fingerprintFile, fingerprintFolder } from './source/fingerprint';
import type { ImportSource } from './source/types';

/** Ends the read of a file recognized by its fingerprint: thrown from the sink, inside the reader. */
class RecognizedFile extends Error {}

export class KnownSourceWatch {
  /** The fingerprint (null when none could be taken), to remember with a new snapshot. */
  readonly fingerprint: Promise<string | null>;
  private known: KnownSource | null = null;
  private readonly recognizedBy = new AbortController();
  /**
   * Aborted once the export is recognized (the readers' `recognized` option): readers that stream
   * records meet `stopReading` first; readers that collect a whole export before giving its records
   * (Instagram, X) check this between files.
   */
  readonly recognized = this.recognizedBy.signal;

  /**
   * `stopReading` makes the sink throw the given error at its next record: the reader then ends through
   * its own error path (its streams closed as on any bad input), unlike an abort from outside.
   */
  constructor(
    source: ImportSource,
    detected: RecognizedExport,
    db: Db,
    signal: AbortSignal | undefined,
    stopReading: (error: Error) => void,
  ) {
    const taken =
      source.kind === 'directory'
        ? fingerprintFolder(source.path, detected.files, signal)
        : fingerprintFile(source.path, signal);
    this.fingerprint = taken.then((fingerprint) => {
      if (fingerprint === null || signal?.aborted) return fingerprint;
      try {
        this.known = findSnapshotBySource(db, fingerprint);
      } catch {
        // The service's connection closed meanwhile (the import failed and the caller went on): no lookup.
      }
      if (this.known) {
        const stop = new RecognizedFile('recognized by its bytes');
        stopReading(stop);
        this.recognizedBy.abort(stop);
      }
      return fingerprint;
    });
  }

  /**
   * Runs the read and waits for the fingerprint: a file recognized by it ends as the
   * duplicate of its snapshot, whether its read was stopped early or had finished first; otherwise the
   * read's own outcome (its value with the fingerprint, or its error).
   */
  async read<T>(
    file: string,
    read: () => Promise<T>,
  ): Promise<{ value: T; fingerprint: string | null } | { duplicate: ImportReport }> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await read() };
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
      platform: k.platform,
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
      ...(k.followsSince != null ? { followsSince: new Date(k.followsSince).toISOString() } : {}),
    };
  }
}
