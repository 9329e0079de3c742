// The data as a whole: removing an account, backing the database file up and restoring it.
import * as z from 'zod/mini';
import { call, id } from './define';

const filePath = z.string().check(z.minLength(1), z.maxLength(4096));

export const dataCalls = {
  /** Deletes the account with every snapshot, note, tag and setting kept for it. */
  removeAccount: call<{ removed: boolean }>()(z.strictObject({ accountId: id })),
  /** Writes a consistent copy of the database to `path` (SQLite's online backup). */
  backupDatabase: call<{ path: string; bytes: number }>()(z.strictObject({ path: filePath })),
  /**
   * Replaces all data with a Followscope database file's, in one step, after keeping a copy of the current
   * data (`previousCopy`). A foreign or newer file is refused (DB_REFUSED / DB_TOO_NEW) and changes nothing.
   */
  restoreDatabase: call<{ previousCopy: string }>()(z.strictObject({ path: filePath })),
} as const;
