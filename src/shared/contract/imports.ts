import { z } from 'zod';
import type { ImportReport, SnapshotInfo } from '../domain';
import { accountRef, call, id, userDate } from './define';

const jobId = z.string().min(1).max(100);

export const importCalls = {
  listSnapshots: call<SnapshotInfo[]>()(accountRef),
  /** Imports files or folders one after another; progress arrives as `import-progress` events. */
  importPaths: call<ImportReport[]>()(
    z
      .object({
        jobId,
        paths: z.array(z.string().min(1).max(4096)).min(1).max(100),
        /** Attach exports without a username (partial 2026 exports) to this account. */
        account: z.string().min(1).max(100).optional(),
        /** Overrides the detected export time (and anchors year-less Studio dates); in the app's zone. */
        exportedAt: userDate.optional(),
      })
      .strict(),
  ),
  cancelImport: call<{ cancelled: boolean }>()(z.object({ jobId }).strict()),
  deleteSnapshot: call<{ deleted: boolean }>()(z.object({ snapshotId: id }).strict()),
  /** `takenAt` as the user typed it: a date or date-time without a zone is read in the app's zone. */
  setSnapshotTime: call<SnapshotInfo>()(z.object({ snapshotId: id, takenAt: userDate }).strict()),
  /** Imports the bundled demo dataset (a fictional creator). */
  loadDemoData: call<ImportReport[]>()(z.object({ jobId }).strict()),
} as const;
