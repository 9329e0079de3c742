// Backing up and restoring the whole database file. A backup is SQLite's online backup, consistent while
// the app keeps running. A restore copies a checked Followscope file into the open database inside one
// transaction, so a failure part-way leaves the data exactly as it was, and the connection every handler
// holds stays the same.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseRefusedError, DatabaseTooNewError } from './errors';
import { identifyDatabase } from './identify';
import { closeDatabase, latestSchemaVersion, openDatabase, type Db } from './open';
import { resetHandleSearch } from './queries/handle-search';

export interface RestoreResult {
  /** The copy of the data as it was before the restore. */
  previousCopy: string;
}

/** Writes a consistent copy of the open database to `target` (replacing a file already there). */
export async function backupDatabase(db: Db, dbPath: string, target: string): Promise<void> {
  // Backing up onto the file in use would overwrite the live database under its own connection.
  if (path.resolve(target) === path.resolve(dbPath))
    throw new DatabaseRefusedError(
      target,
      'this is the database in use; choose another file for the backup.',
    );
  await db.backup(target);
}

/**
 * Checks `source` is a Followscope database this version can read, keeps a copy of the current data beside
 * the database file, then replaces every table's rows with the source's. Throws a DatabaseRefusedError
 * (`<file>: <problem>`) before anything is written when the source is refused.
 */
export function restoreDatabase(
  db: Db,
  dbPath: string,
  source: string,
  nativeBinding?: string,
): RestoreResult {
  if (!fs.existsSync(source)) throw new DatabaseRefusedError(source, 'no such file. Nothing was changed.');
  const identity = identifyDatabase(source, nativeBinding);
  if (identity.kind === 'new') throw notOurs(source, 'an empty file');
  if (identity.kind === 'foreign') throw notOurs(source, identity.what);
  if (identity.version > latestSchemaVersion)
    throw new DatabaseTooNewError(source, identity.version, latestSchemaVersion);

  // The picked file is never changed: an older schema is upgraded on a private copy.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-restore-'));
  try {
    const copy = path.join(work, 'restore.db');
    fs.copyFileSync(source, copy);
    for (const s of ['-wal', '-shm']) if (fs.existsSync(source + s)) fs.copyFileSync(source + s, copy + s);
    closeDatabase(openDatabase(copy, { nativeBinding }));

    const previousCopy = `${dbPath}.before-restore-${timestamp()}.bak`;
    db.prepare('VACUUM INTO ?').run(previousCopy);
    replaceAllRows(db, copy);
    return { previousCopy };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Every table's rows from the (current-schema) database at `file`, in one transaction. */
function replaceAllRows(db: Db, file: string): void {
  db.prepare('ATTACH DATABASE ? AS restore_source').run(file);
  try {
    const tables = db
      .prepare(
        // Plain tables only: the username search index (a virtual table and its shadow tables) is built
        // again from the restored handles.
        `SELECT s.name FROM main.sqlite_schema s
          WHERE s.type = 'table' AND s.name NOT LIKE 'sqlite_%'
            AND (SELECT l.type FROM pragma_table_list l WHERE l.schema = 'main' AND l.name = s.name) = 'table'
          ORDER BY s.rowid`,
      )
      .pluck()
      .all() as string[];
    db.transaction(() => {
      // Rows reference each other (handles, snapshots): checked once, when every table is filled again.
      db.pragma('defer_foreign_keys = ON');
      for (const table of [...tables].reverse()) db.exec(`DELETE FROM main."${table}"`);
      for (const table of tables) {
        const columns = (db.pragma(`main.table_info("${table}")`) as { name: string }[])
          .map((c) => `"${c.name}"`)
          .join(', ');
        db.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM restore_source."${table}"`);
      }
      resetHandleSearch(db);
    })();
  } finally {
    db.prepare('DETACH DATABASE restore_source').run();
  }
}

function notOurs(file: string, what: string): DatabaseRefusedError {
  return new DatabaseRefusedError(file, `${what}, not a Followscope database. Nothing was changed.`);
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}
