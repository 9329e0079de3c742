import type { dataCalls } from '../../../shared/contract/data';
import fs from 'node:fs';
import { backupDatabase, restoreDatabase } from '../../db/backup';
import { deleteAccount } from '../../db/queries/accounts';
import type { HandlersFor } from './types';

export const dataHandlers: HandlersFor<typeof dataCalls> = {
  removeAccount: ({ accountId }, ctx) => {
    const removed = deleteAccount(ctx.db, accountId);
    // The switcher and every page fall back to another account (or the Welcome page).
    if (removed) ctx.emit({ type: 'data-changed', accountId: null });
    return { removed };
  },
  backupDatabase: async ({ path }, ctx) => {
    await backupDatabase(ctx.db, ctx.dbPath, path);
    return { path, bytes: fs.statSync(path).size };
  },
  restoreDatabase: ({ path }, ctx) => {
    const result = restoreDatabase(ctx.db, ctx.dbPath, path, ctx.nativeBinding);
    ctx.searchIndex.schedule();
    ctx.emit({ type: 'data-changed', accountId: null });
    return result;
  },
};
