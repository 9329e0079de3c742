import * as z from 'zod/mini';
import type { ImportReport, SnapshotInfo } from '../domain';
import { accountRef, call, id, userDate } from './define';

const jobId = z.string().check(z.minLength(1), z.maxLength(100));

export const importCalls = {
  listSnapshots: call<SnapshotInfo[]>()(accountRef),
  /** Imports files or folders one after another; progress arrives as `import-progress` events. */
  importPaths: call<ImportReport[]>()(
    z.strictObject({
      jobId,
      paths: z
        .array(z.string().check(z.minLength(1), z.maxLength(4096)))
        .check(z.minLength(1), z.maxLength(100)),
      /** Attach exports without a username (partial 2026 exports) to this account. */
      account: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
      /** Overrides the detected export time (and anchors year-less Studio dates); in the app's zone. */
      exportedAt: z.optional(userDate),
    }),
  ),
  cancelImport: call<{ cancelled: boolean }>()(z.strictObject({ jobId })),
  deleteSnapshot: call<{ deleted: boolean }>()(z.strictObject({ snapshotId: id })),
  /** `takenAt` as the user typed it: a date or date-time without a zone is read in the app's zone. */
  setSnapshotTime: call<SnapshotInfo>()(z.strictObject({ snapshotId: id, takenAt: userDate })),
  /** Imports the bundled demo dataset (a fictional creator). */
  loadDemoData: call<ImportReport[]>()(z.strictObject({ jobId })),
} as const;
