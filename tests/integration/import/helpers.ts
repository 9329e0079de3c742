// Shared helpers for the import integration tests: temp databases and table fingerprints.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../src/main/db/open';

export function tempDir(prefix = 'fs-import-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A migrated, empty database file in a fresh temp dir. */
export function freshDbPath(): string {
  const file = path.join(tempDir(), 'test.db');
  openDatabase(file).close();
  return file;
}

/**
 * Row count of every table: two equal fingerprints mean nothing was added or removed. Plain tables only:
 * the username search index (a virtual table and its shadow tables) is derived, and is caught up in the
 * background after an import.
 */
export function fingerprint(db: Db): Record<string, number> {
  const tables = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = db.prepare(`SELECT COUNT(*) FROM "${t}"`).pluck().get() as number;
  return counts;
}

export function withDb<T>(file: string, fn: (db: Db) => T): T {
  const db = openDatabase(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
