// Opens (and creates or upgrades) a Followscope database file. A file that is not Followscope's, or is
// newer than this version, is refused before anything writes to it (see identify.ts).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  DatabaseDiskError,
  DatabaseForeignError,
  DatabaseReadOnlyError,
  DatabaseTooNewError,
} from './errors';
import { FOLLOWSCOPE_APPLICATION_ID, identifyDatabase } from './identify';
import { latestSchemaVersion, migrations, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of better-sqlite3's native addon built for this runtime (Electron needs its own build). */
  nativeBinding?: string;
  /** Migrations to apply; tests pass their own lists to exercise upgrades. */
  migrations?: readonly Migration[];
}

/** The user_version of a database file, read without changing a byte of it (0 when it does not exist). */
export function readSchemaVersion(file: string, nativeBinding?: string): number {
  const identity = identifyDatabase(file, nativeBinding);
  return identity.kind === 'followscope' ? identity.version : 0;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const list = options.migrations ?? migrations;
  const supported = list.reduce((max, m) => Math.max(max, m.version), 0);
  const folder = path.dirname(path.resolve(file));
  // A read-only folder is named as such (probing a WAL database there could only fail to open it).
  if (fs.existsSync(folder)) checkWritable(file, folder);
  // Refuse a foreign or newer database before opening it for writing: switching it to WAL would already
  // change it.
  let identity;
  try {
    identity = identifyDatabase(file, options.nativeBinding);
  } catch (error) {
    throw openError(file, error);
  }
  if (identity.kind === 'foreign') throw new DatabaseForeignError(file, identity.what);
  if (identity.kind === 'followscope' && identity.version > supported)
    throw new DatabaseTooNewError(file, identity.version, supported);

  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw accessError(file, error, true);
  }
  checkWritable(file, folder);
  let db: Db;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding });
  } catch (error) {
    throw openError(file, error);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // NORMAL is durable across application crashes in WAL mode; only a power loss can drop the last commit.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -65536'); // 64 MiB page cache
    migrate(db, file, list);
    if ((db.pragma('application_id', { simple: true }) as number) !== FOLLOWSCOPE_APPLICATION_ID)
      db.pragma(`application_id = ${FOLLOWSCOPE_APPLICATION_ID}`);
  } catch (error) {
    db.close();
    throw openError(file, error);
  }
  return db;
}

/** SQLite's refusals while opening, as `<file>: <problem>` in plain words; others pass unchanged. */
function openError(file: string, error: unknown): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_READONLY')) return new DatabaseReadOnlyError(file, false);
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR'))
    return new DatabaseDiskError(file, code === 'SQLITE_FULL');
  return error;
}

/** Refuses, with the path and what to do, a database file or folder the user cannot write. */
function checkWritable(file: string, folder: string): void {
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (error) {
    throw accessError(file, error, true);
  }
  if (!fs.existsSync(file)) return;
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch (error) {
    throw accessError(file, error, false);
  }
}

function accessError(file: string, error: unknown, folder: boolean): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new DatabaseReadOnlyError(file, folder);
  return error instanceof Error ? error : new Error(String(error));
}

function migrate(db: Db, file: string, list: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = list.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return;
  if (current > 0) backupBeforeMigrating(db, file, current);
  for (const migration of pending) {
    // PRAGMA foreign_keys is a no-op inside a transaction: switch it around the migration's own.
    if (migration.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        if (migration.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0)
          throw new Error(`migration ${migration.version} (${migration.name}) broke foreign keys`);
        db.pragma(`user_version = ${migration.version}`);
      })();
    } finally {
      if (migration.rebuildsTables) db.pragma('foreign_keys = ON');
    }
  }
}

/** Keeps a consistent copy (`<name>.v<N>.bak`) of a database before upgrading it from schema N. */
function backupBeforeMigrating(db: Db, file: string, version: number): void {
  const target = `${file}.v${version}.bak`;
  fs.rmSync(target, { force: true });
  db.prepare('VACUUM INTO ?').run(target);
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } catch {
    // Best effort: statistics are only a hint for the planner, and closing must not fail after a command
    // has already printed its result (e.g. on a disk that just filled up).
  } finally {
    db.close();
  }
}

export { latestSchemaVersion };
