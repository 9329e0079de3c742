import type { appCalls } from '../../../shared/contract/app';
import { latestSchemaVersion } from '../../db/open';
import { listAccounts } from '../../db/queries/accounts';
import { appVersion } from '../version';
import type { HandlersFor } from './types';

export const appHandlers: HandlersFor<typeof appCalls> = {
  appInfo: (_input, ctx) => ({
    name: 'Followscope',
    version: appVersion,
    databasePath: ctx.dbPath,
    schemaVersion: latestSchemaVersion,
    serviceHost: ctx.host,
  }),
  listAccounts: (_input, ctx) => listAccounts(ctx.db),
};
