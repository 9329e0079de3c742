// Removing an account, backing the database up and restoring it, through the real service on real SQLite
// files filled by importing the bundled demo exports.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/main/db/migrations';
import { closeDatabase, latestSchemaVersion, openDatabase } from '../../../src/main/db/open';
import { indexNextHandles } from '../../../src/main/db/queries/handle-search';
import { tempDir } from '../../helpers/temp';
import { startService, type TestService } from '../import/service-helpers';

let dir: string;
let cleanup: () => void;
let app: TestService;
let dbPath: string;

/**
 * Rows in every plain table of the database file, by table. The username search index (a virtual table
 * and its shadow tables) is derived from handles and rebuilt after a restore; what it holds of a removed
 * account is checked on its own.
 */
function rowCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT COUNT(*) FROM "${t}"`).pluck().get() as number]),
    );
  } finally {
    db.close();
  }
}

async function loadDemo(): Promise<number> {
  await app.call('loadDemoData', { jobId: 'demo' });
  const [account] = await app.call('listAccounts', {});
  await app.call('setNote', { accountId: account!.id, username: 'someone_noted', note: 'met at a meetup' });
  await app.call('addTags', { accountId: account!.id, usernames: ['someone_noted'], tags: ['friend'] });
  return account!.id;
}

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  dbPath = path.join(dir, 'followscope.db');
  app = startService(dbPath);
});

afterEach(() => {
  app.service.close();
  cleanup();
});

describe('removeAccount', () => {
  it('deletes the demo account and leaves no row that belonged to it in any table', async () => {
    const accountId = await loadDemo();
    const before = rowCounts(dbPath);
    expect(before.snapshots).toBeGreaterThan(0);
    expect(before.handles).toBeGreaterThan(0);
    expect(before.audience_notes).toBe(1);
    expect(before.audience_tags).toBe(1);
    // The search index holds the account's names (caught up here rather than waiting for the service).
    const live = app.service.context.db;
    while (indexNextHandles(live, 10_000) > 0);
    const trigram = live
      .prepare('SELECT lower(substr(username, 1, 3)) FROM handles ORDER BY id LIMIT 1')
      .pluck()
      .get() as string;
    const searchable = (db: Database.Database) =>
      db
        .prepare('SELECT COUNT(*) FROM handle_search WHERE handle_search MATCH ?')
        .pluck()
        .get(`"${trigram}"`);
    expect(searchable(live)).toBeGreaterThan(0);

    app.events.length = 0;
    expect(await app.call('removeAccount', { accountId })).toEqual({ removed: true });
    expect(await app.call('listAccounts', {})).toEqual([]);
    expect(app.events).toContainEqual({ type: 'data-changed', accountId: null });

    const after = rowCounts(dbPath);
    for (const [table, count] of Object.entries(after)) {
      if (table === 'app_settings') continue; // the time zone belongs to the installation, not an account
      if (table === 'handle_search_state') continue; // how far the search index got: one row, no account's
      expect({ table, count }).toEqual({ table, count: 0 });
    }
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // No name of the account can be found through the search index any more.
    expect(searchable(db)).toBe(0);
    db.close();
  });

  it('says removed: false for an account that does not exist, and changes nothing', async () => {
    await loadDemo();
    const before = rowCounts(dbPath);
    expect(await app.call('removeAccount', { accountId: 9999 })).toEqual({ removed: false });
    expect(rowCounts(dbPath)).toEqual(before);
  });
});

describe('backup and restore', () => {
  it('restores a backup over later changes, keeping a copy of the data it replaced', async () => {
    const accountId = await loadDemo();
    const backup = path.join(dir, 'backup.db');
    const result = await app.call('backupDatabase', { path: backup });
    expect(result.path).toBe(backup);
    expect(result.bytes).toBe(fs.statSync(backup).size);
    const backedUp = rowCounts(backup);
    expect(backedUp).toEqual(rowCounts(dbPath));

    await app.call('removeAccount', { accountId });
    expect(await app.call('listAccounts', {})).toEqual([]);

    app.events.length = 0;
    const { previousCopy } = await app.call('restoreDatabase', { path: backup });
    expect(app.events).toContainEqual({ type: 'data-changed', accountId: null });
    const accounts = await app.call('listAccounts', {});
    expect(accounts.map((a) => a.id)).toEqual([accountId]);
    expect(rowCounts(dbPath)).toEqual(backedUp);
    // The kept copy is the data as it was just before: the account already removed.
    expect(path.dirname(previousCopy)).toBe(dir);
    expect(rowCounts(previousCopy).accounts).toBe(0);
    // The restored data is live: notes read back through the service.
    const notes = new Database(dbPath, { readonly: true });
    expect(notes.prepare('SELECT note FROM audience_notes').pluck().all()).toEqual(['met at a meetup']);
    notes.close();
  });

  it('refuses a foreign SQLite file in one line and leaves the database byte-identical', async () => {
    await loadDemo();
    const foreign = path.join(dir, 'other.sqlite');
    const other = new Database(foreign);
    other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
    other.close();
    const foreignBytes = fs.readFileSync(foreign);
    app.service.close(); // checkpoint so the file on disk holds everything
    app = startService(dbPath);
    const bytes = fs.readFileSync(dbPath);

    const error = await app.fail('restoreDatabase', { path: foreign });
    expect(error.code).toBe('DB_REFUSED');
    expect(error.message).toBe(
      `${foreign}: another program’s SQLite database, not a Followscope database. Nothing was changed.`,
    );
    expect(error.message.split('\n')).toHaveLength(1);
    expect(fs.readFileSync(foreign).equals(foreignBytes)).toBe(true);
    app.service.close();
    expect(fs.readFileSync(dbPath).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['followscope.db', 'other.sqlite']);
    app = startService(dbPath);
  });

  it('refuses a database from a newer Followscope and leaves the database byte-identical', async () => {
    await loadDemo();
    const backup = path.join(dir, 'newer.db');
    await app.call('backupDatabase', { path: backup });
    const newer = new Database(backup);
    newer.pragma(`user_version = ${latestSchemaVersion + 1}`);
    newer.close();
    app.service.close();
    app = startService(dbPath);
    const bytes = fs.readFileSync(dbPath);

    const error = await app.fail('restoreDatabase', { path: backup });
    expect(error.code).toBe('DB_TOO_NEW');
    expect(error.message.startsWith(`${backup}: this database was written by a newer Followscope`)).toBe(
      true,
    );
    app.service.close();
    expect(fs.readFileSync(dbPath).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['followscope.db', 'newer.db']);
    app = startService(dbPath);
  });

  it('restores a backup made by an older schema, upgrading a private copy and leaving the file as it was', async () => {
    const old = path.join(dir, 'old.db');
    const oldDb = openDatabase(old, { migrations: migrations.filter((m) => m.version <= 6) });
    oldDb
      .prepare(
        "INSERT INTO accounts (platform, username, display_name, created_at) VALUES ('tiktok', 'oldtimer', NULL, 0)",
      )
      .run();
    closeDatabase(oldDb);
    const oldBytes = fs.readFileSync(old);

    await app.call('restoreDatabase', { path: old });
    expect((await app.call('listAccounts', {})).map((a) => a.username)).toEqual(['oldtimer']);
    expect(fs.readFileSync(old).equals(oldBytes)).toBe(true);
    // The upgrade's own settings table exists and works on the restored data.
    expect((await app.call('timeZoneSetting', {})).chosen).toBeNull();
  });

  it('will not back up onto the database file in use', async () => {
    const error = await app.fail('backupDatabase', { path: dbPath });
    expect(error).toEqual({
      code: 'DB_REFUSED',
      message: `${dbPath}: this is the database in use; choose another file for the backup.`,
    });
  });

  it('refuses a file that is not SQLite at all', async () => {
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'just some text, long enough to have a header');
    const error = await app.fail('restoreDatabase', { path: text });
    expect(error).toEqual({
      code: 'DB_REFUSED',
      message: `${text}: not an SQLite file, not a Followscope database. Nothing was changed.`,
    });
  });
});
