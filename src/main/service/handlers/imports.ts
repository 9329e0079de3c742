import type { importCalls } from '../../../shared/contract/imports';
import { ServiceError } from '../errors';
import type { HandlersFor } from './types';

// Placeholder until the importer lands (issue 3).
const notYet = (): never => {
  throw new ServiceError('INTERNAL', 'Importing is not built yet');
};

export const importHandlers: HandlersFor<typeof importCalls> = {
  listSnapshots: () => [],
  importPaths: notYet,
  cancelImport: (input, ctx) => ({ cancelled: ctx.jobs.cancel(input.jobId) }),
  deleteSnapshot: notYet,
  setSnapshotTime: notYet,
  loadDemoData: notYet,
};
