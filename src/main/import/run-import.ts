// The import as the service and the CLI run it: for each path in turn, open it, recognize what it is,
// read it into the database in one transaction, and report. Progress goes out as `import-progress`
// events (throttled); the AbortSignal cancels (rollback, CANCELLED). Each path is its own transaction:
// a failing path leaves the database exactly as it was before that path.
import path from 'node:path';
import { ServiceError, type ImportProgressEvent, type SaveStep } from '../../shared/bridge';
import type { ImportReport, Platform } from '../../shared/domain';
import type { Db } from '../db/open';
import { saveStudioBundle } from '../db/queries/studio';
import { plainProblem } from './plain-problem';
import { systemTimeZone } from '../../shared/time-zone';
import { recognizeExport } from './platforms/registry';
import type { RecognizedExport } from './platforms/types';
import { AccountNeededError, ImportInputError } from './sink';
import { SnapshotWriter, type BeforeCommit } from './snapshot-writer';
import { openImportSource, type ImportSource } from './source';
import { hashImportPath } from './source/hash-source';
import { KnownSourceWatch } from './known-source';
import { readStudioInputs } from './studio';
import { resolveAccount } from './writer/resolve-account';
import { latestRecordTime } from './writer/taken-at';

export interface RunImportOptions {
  /** The service's connection (small writes: Studio bundles, account lookups). */
  db: Db;
  /** The database file: account exports are written on their own connection to it. */
  dbPath: string;
  nativeBinding?: string;
  paths: readonly string[];
  /** Account for exports without a username (partial 2026 exports) and for Studio downloads. */
  account?: string;
  /** The app's time zone, for exports that write local times without a zone (default: the system's). */
  timeZone?: string;
  /** ISO 8601: overrides the detected export time. */
  exportedAt?: string;
  signal?: AbortSignal;
  /** Derived data to write in each account export's transaction (see SnapshotWriter). */
  beforeCommit?: BeforeCommit;
  jobId?: string;
  onProgress?: (event: ImportProgressEvent) => void;
}

const PROGRESS_INTERVAL_MS = 100;

/** The files of a Studio folder the Studio reader opens (tables, and per-tab ZIPs of them). */
const STUDIO_FILE = /\.(csv|xlsx|zip)$/i;

export async function runImport(options: RunImportOptions): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (let i = 0; i < options.paths.length; i++) {
    const file = options.paths[i]!;
    const progress = new ProgressThrottle(options, i, file);
    try {
      options.signal?.throwIfAborted();
      reports.push(await importOne(file, options, progress));
    } catch (error) {
      throw toServiceError(file, error, options.signal);
    }
  }
  return reports;
}

async function importOne(
  file: string,
  options: RunImportOptions,
  progress: ProgressThrottle,
): Promise<ImportReport> {
  const source = await openImportSource(file, { signal: options.signal });
  let detected;
  try {
    detected = await recognizeExport(source, options.signal);
  } catch (error) {
    await source.close();
    throw error;
  }
  if (detected.kind === 'studio') {
    await source.close();
    return importStudio(file, options, progress, detected.platform);
  }
  try {
    return await importAccountExport(file, source, detected, options, progress);
  } finally {
    await source.close();
  }
}

async function importAccountExport(
  file: string,
  source: ImportSource,
  detected: RecognizedExport,
  options: RunImportOptions,
  progress: ProgressThrottle,
): Promise<ImportReport> {
  progress.total = source.entries.reduce((sum, e) => sum + e.size, 0);
  const given = options.exportedAt ? Date.parse(options.exportedAt) : null;
  const writer = SnapshotWriter.open({
    latestRecordTime: latestRecordTime({ given, containerTime: source.containerTime, now: Date.now() }),
    dbPath: options.dbPath,
    sourceName: path.basename(file),
    nativeBinding: options.nativeBinding,
    onRecords: (records, bytesRead) => progress.report('reading', bytesRead, records),
    onSaveStep: (step) => progress.report('saving', writer.bytesRead, writer.records, true, step),
  });
  const known = new KnownSourceWatch(source, detected, options.db, options.signal, (error) =>
    writer.stopReading(error),
  );
  try {
    const read = await known.read(file, () =>
      detected.read(writer, {
        timeZone: options.timeZone ?? systemTimeZone(),
        signal: options.signal,
        recognized: known.recognized,
      }),
    );
    if ('duplicate' in read) {
      writer.abort();
      progress.report('done', writer.bytesRead, writer.records, true);
      return read.duplicate;
    }
    const description = read.value;
    options.signal?.throwIfAborted();
    progress.total = Math.max(progress.total, description.bytesTotal);
    progress.report('saving', writer.bytesRead, writer.records, true);
    const written = await writer.finish({
      description,
      signal: options.signal,
      beforeCommit: options.beforeCommit,
      account: options.account,
      exportedAt: given ?? undefined,
      sourceFingerprint: read.fingerprint,
    });
    progress.report('done', description.bytesTotal, writer.records, true);
    return {
      path: file,
      platform: detected.platform,
      kind: 'account-export',
      format: description.format,
      layout: description.layout,
      account: written.account,
      accountId: written.accountId,
      snapshotId: written.snapshotId,
      takenAt: new Date(written.takenAt.at).toISOString(),
      takenAtSource: written.takenAt.source,
      duplicate: written.duplicate,
      counts: written.counts,
      sections: written.sections,
      warnings: written.warnings,
      ...(description.followsSince != null
        ? { followsSince: new Date(description.followsSince).toISOString() }
        : {}),
    };
  } catch (error) {
    writer.abort();
    throw error;
  }
}

async function importStudio(
  file: string,
  options: RunImportOptions,
  progress: ProgressThrottle,
  platform: Platform,
): Promise<ImportReport> {
  const exportedAt = options.exportedAt ? Date.parse(options.exportedAt) : undefined;
  const bundle = await readStudioInputs([file], {
    exportedAt,
    account: options.account,
    signal: options.signal,
  });
  options.signal?.throwIfAborted();
  const hash = await hashImportPath(file, (name) => STUDIO_FILE.test(name), { signal: options.signal });
  progress.report('saving', 0, bundle.daily.length, true);
  const db = options.db;
  const accountOption = options.account ?? bundle.handle ?? undefined;
  const label = path.basename(file);
  // Durable like an account export's commit (see SnapshotWriter), on the service's NORMAL connection.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = FULL');
  let result;
  try {
    result = db.transaction(() => {
      const account = resolveAccount(
        db,
        label,
        { username: null, displayName: null },
        accountOption,
        platform,
      );
      return { account, saved: saveStudioBundle(db, account.id, bundle, hash) };
    })();
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
  }
  progress.report('done', 0, bundle.daily.length, true);
  const format = bundle.fileInfo.some((f) => /\.xlsx$/i.test(f.name)) ? 'xlsx' : 'csv';
  return {
    path: file,
    platform,
    kind: 'studio',
    format,
    layout: null,
    account: result.account.username,
    accountId: result.account.id,
    snapshotId: null,
    takenAt: new Date(bundle.exportedAt).toISOString(),
    takenAtSource: bundle.exportedAtSource,
    duplicate: result.saved.duplicate,
    // Studio downloads carry none of an account export's sections: every count is unknown.
    counts: {
      followers: null,
      following: null,
      posts: null,
      likesGiven: null,
      watched: null,
      searches: null,
    },
    sections: bundle.fileInfo.map((f) => ({
      section: f.kind,
      records: f.rows,
      present: f.rows > 0,
      state: f.rows > 0 ? ('present' as const) : ('empty' as const),
    })),
    warnings: bundle.warnings,
    studio: { files: bundle.files, days: result.saved.days, from: result.saved.from, to: result.saved.to },
  };
}

function toServiceError(file: string, error: unknown, signal: AbortSignal | undefined): ServiceError {
  const name = path.basename(file);
  if (error instanceof ServiceError) return error;
  if (signal?.aborted) return new ServiceError('CANCELLED', `${name}: import cancelled`);
  // Typed, so the Imports page can ask for the account instead of reading the message.
  if (error instanceof AccountNeededError) return new ServiceError('ACCOUNT_NEEDED', error.message);
  if (error instanceof ImportInputError) return new ServiceError('IMPORT_FAILED', error.message);
  const problem = plainProblem(error);
  if (problem) return new ServiceError('IMPORT_FAILED', `${name}: ${problem}`);
  const message = error instanceof Error ? error.message : String(error);
  return new ServiceError('IMPORT_FAILED', message.startsWith(`${name}:`) ? message : `${name}: ${message}`);
}

/** Sends at most ~10 progress events a second, plus every phase change. */
class ProgressThrottle {
  total = 0;
  private last = 0;

  constructor(
    private readonly options: RunImportOptions,
    private readonly index: number,
    private readonly file: string,
  ) {}

  report(
    phase: ImportProgressEvent['phase'],
    bytesRead: number,
    records: number,
    force = false,
    saveStep?: SaveStep,
  ): void {
    if (!this.options.onProgress) return;
    const now = Date.now();
    if (!force && now - this.last < PROGRESS_INTERVAL_MS) return;
    this.last = now;
    this.options.onProgress({
      type: 'import-progress',
      jobId: this.options.jobId ?? '',
      fileIndex: this.index + 1,
      fileCount: this.options.paths.length,
      fileName: path.basename(this.file),
      phase,
      bytesRead,
      bytesTotal: Math.max(this.total, bytesRead),
      records,
      ...(saveStep ? { saveStep } : {}),
    });
  }
}
