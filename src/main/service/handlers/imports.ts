import fs from 'node:fs';
import path from 'node:path';
import type { importCalls } from '../../../shared/contract/imports';
import type { ImportReport } from '../../../shared/domain';
import { parseUserDate } from '../../../shared/user-date';
import { refreshAudienceAggregates } from '../../analytics/audience-refresh';
import { effectiveTimeZone } from '../../analytics/time-zone-setting';
import { deleteSnapshot, getSnapshot, listSnapshots, setSnapshotTime } from '../../db/queries/snapshots';
import { runImport } from '../../import/run-import';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import type { HandlersFor } from './types';

interface DemoManifest {
  files: { path: string }[];
}

/** Runs an import as a cancellable job and tells the pages what changed. */
async function importJob(
  ctx: ServiceContext,
  jobId: string,
  paths: string[],
  extra: { account?: string; exportedAt?: string } = {},
): Promise<ImportReport[]> {
  const signal = ctx.jobs.start(jobId);
  const changed = new Set<number>();
  try {
    const reports = await runImport({
      db: ctx.db,
      dbPath: ctx.dbPath,
      nativeBinding: ctx.nativeBinding,
      paths,
      account: extra.account,
      exportedAt: extra.exportedAt,
      // The app's one time zone: wall-clock times without a zone (Instagram's HTML) are read in it.
      timeZone: effectiveTimeZone(ctx.db),
      signal,
      // The audience aggregates are computed inside each import's transaction, while the progress bar is
      // up (about a second per 100k followers): a failure there (disk full) rolls the snapshot back too,
      // rather than leaving a committed snapshot beside stale aggregates.
      beforeCommit: refreshAudienceAggregates,
      jobId,
      onProgress: (event) => ctx.emit(event),
    });
    for (const r of reports) if (!r.duplicate) changed.add(r.accountId);
    return reports;
  } finally {
    ctx.jobs.finish(jobId);
    ctx.searchIndex.schedule();
    for (const accountId of changed) ctx.emit({ type: 'data-changed', accountId });
  }
}

/** A date the user typed, as epoch ms: a date or date-time without a zone is read in the app's zone. */
function userInstant(ctx: ServiceContext, field: string, text: string): number {
  const at = parseUserDate(text, effectiveTimeZone(ctx.db));
  if (at === null) throw new ServiceError('BAD_INPUT', `${field}: not a date: ${text}`);
  return at;
}

function readDemoManifest(resourcesDir: string): string[] {
  const dir = path.join(resourcesDir, 'demo');
  const file = path.join(dir, 'manifest.json');
  let manifest: DemoManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as DemoManifest;
  } catch (error) {
    throw new ServiceError('NOT_FOUND', `The demo dataset is missing (${file}: ${(error as Error).message})`);
  }
  return manifest.files.map((f) => path.join(dir, f.path));
}

export const importHandlers: HandlersFor<typeof importCalls> = {
  listSnapshots: (input, ctx) => listSnapshots(ctx.db, input.accountId),
  importPaths: (input, ctx) =>
    importJob(ctx, input.jobId, input.paths, {
      account: input.account,
      exportedAt:
        input.exportedAt === undefined
          ? undefined
          : new Date(userInstant(ctx, 'exportedAt', input.exportedAt)).toISOString(),
    }),
  cancelImport: (input, ctx) => ({ cancelled: ctx.jobs.cancel(input.jobId) }),
  deleteSnapshot: (input, ctx) => {
    const accountId = deleteSnapshot(ctx.db, input.snapshotId);
    if (accountId === null) return { deleted: false };
    ctx.emit({ type: 'data-changed', accountId });
    return { deleted: true };
  },
  setSnapshotTime: (input, ctx) => {
    if (!setSnapshotTime(ctx.db, input.snapshotId, userInstant(ctx, 'takenAt', input.takenAt))) {
      throw new ServiceError('NOT_FOUND', `No snapshot with id ${input.snapshotId}`);
    }
    const info = getSnapshot(ctx.db, input.snapshotId)!;
    ctx.emit({ type: 'data-changed', accountId: info.accountId });
    return info;
  },
  loadDemoData: (input, ctx) => importJob(ctx, input.jobId, readDemoManifest(ctx.resourcesDir)),
};
