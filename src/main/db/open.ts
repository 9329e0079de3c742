// Opens (and creates or upgrades) a Followscope database file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseTooNewError } from './errors';
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
  if (!fs.existsSync(file)) return 0;
  const probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    return probe.pragma('user_version', { simple: true }) as number;
  } finally {
    probe.close();
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const list = options.migrations ?? migrations;
  const supported = list.reduce((max, m) => Math.max(max, m.version), 0);
  // Refuse a newer database before opening it for writing: switching it to WAL would already change it.
  const found = readSchemaVersion(file, options.nativeBinding);
  if (found > supported) throw new DatabaseTooNewError(file, found, supported);

  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // NORMAL is durable across application crashes in WAL mode; only a power loss can drop the last commit.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -65536'); // 64 MiB page cache
    migrate(db, file, list);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
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
  } finally {
    db.close();
  }
}

export { latestSchemaVersion };
