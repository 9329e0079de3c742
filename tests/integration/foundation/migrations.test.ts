import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../../../src/main/db/errors';
import { FOLLOWSCOPE_APPLICATION_ID } from '../../../src/main/db/identify';
import { migrations, latestSchemaVersion } from '../../../src/main/db/migrations';
import { closeDatabase, openDatabase, readSchemaVersion, type Db } from '../../../src/main/db/open';
import { tempDir } from '../../helpers/temp';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const tables = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

describe('migrations', () => {
  // Numbers are handed out per branch (so parallel work merges without renumbering): they only need to
  // rise strictly, with the newest as the schema version.
  it('are numbered in strictly rising order', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(latestSchemaVersion).toBe(versions[versions.length - 1]);
  });

  it('create a fresh database at the latest version, in WAL mode with foreign keys on', () => {
    const file = path.join(dir, 'nested', 'fresh.db');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['accounts', 'snapshots', 'handles', 'snapshot_followers']),
    );
    const strict = db
      .prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND strict = 0",
      )
      .all();
    expect(strict).toEqual([]);
    closeDatabase(db);
    expect(fs.existsSync(`${file}.v0.bak`)).toBe(false); // nothing to back up on a fresh file
  });

  // Each migration is applied on top of a database holding the previous version's data.
  for (const migration of migrations) {
    const before = migrations.filter((m) => m.version < migration.version);
    const previous = before.length > 0 ? before[before.length - 1]!.version : 0;
    it(`migration ${migration.version} (${migration.name}) upgrades a version-${previous} database and keeps its data`, () => {
      const file = path.join(dir, `upgrade-${migration.version}.db`);
      if (before.length > 0) {
        const old = openDatabase(file, { migrations: before });
        if (migration.version > 1) {
          old
            .prepare(
              "INSERT INTO accounts (platform, username, display_name, created_at) VALUES ('tiktok', 'kept.user', 'Kept', 1)",
            )
            .run();
        }
        closeDatabase(old);
      }
      const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= migration.version) });
      expect(db.pragma('user_version', { simple: true })).toBe(migration.version);
      if (migration.version > 1) {
        expect(db.prepare('SELECT username FROM accounts').all()).toEqual([{ username: 'kept.user' }]);
        // A consistent copy of the previous version was taken before migrating.
        const backup = new Database(`${file}.v${previous}.bak`, { readonly: true });
        expect(backup.pragma('user_version', { simple: true })).toBe(previous);
        expect(backup.prepare('SELECT COUNT(*) AS n FROM accounts').get()).toEqual({ n: 1 });
        backup.close();
      }
      closeDatabase(db);
    });
  }

  it('migration 10 lets accounts be X accounts and keeps every snapshot of the rebuilt accounts table', () => {
    const file = path.join(dir, 'platforms.db');
    const old = openDatabase(file, { migrations: migrations.filter((m) => m.version < 10) });
    const account = old
      .prepare("INSERT INTO accounts (platform, username, created_at) VALUES ('instagram', 'ig', 1)")
      .run().lastInsertRowid;
    old
      .prepare(
        `INSERT INTO snapshots (account_id, taken_at, taken_at_source, imported_at, source_name, content_hash, kind, format)
         VALUES (?, 1, 'container', 1, 'a.zip', 'h1', 'account-export', 'json')`,
      )
      .run(account);
    expect(() =>
      old.prepare("INSERT INTO accounts (platform, username, created_at) VALUES ('x', 'early', 1)").run(),
    ).toThrow(/CHECK/);
    closeDatabase(old);
    const db = openDatabase(file);
    expect(db.prepare('SELECT COUNT(*) FROM snapshots').pluck().get()).toBe(1);
    db.prepare("INSERT INTO accounts (platform, username, created_at) VALUES ('x', 'ig', 1)").run();
    expect(db.prepare('SELECT platform FROM accounts ORDER BY id').pluck().all()).toEqual(['instagram', 'x']);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Deleting the account still cascades to its snapshots: the rebuilt table is the one they reference.
    db.prepare('DELETE FROM accounts WHERE id = ?').run(account);
    expect(db.prepare('SELECT COUNT(*) FROM snapshots').pluck().get()).toBe(0);
    closeDatabase(db);
  });

  it('migration 5 drops the follow-date index of the following side and keeps the followers one', () => {
    const file = path.join(dir, 'following-order.db');
    const indexes = (d: Db) =>
      d.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%by_time'").pluck().all();
    const old = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 4) });
    expect(indexes(old)).toEqual(['snapshot_followers_by_time', 'snapshot_following_by_time']);
    closeDatabase(old);
    const db = openDatabase(file);
    expect(indexes(db)).toEqual(['snapshot_followers_by_time']);
    closeDatabase(db);
  });

  it('migration 6 gives every section report a state: a count of 0 from before it is unknown (absent)', () => {
    const file = path.join(dir, 'coverage.db');
    const old = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 5) });
    old.prepare("INSERT INTO accounts (platform, username, created_at) VALUES ('tiktok', 'cov', 1)").run();
    const sections = [
      { section: 'followers', records: 12, present: true },
      { section: 'following', records: 0, present: false },
    ];
    old
      .prepare(
        `INSERT INTO snapshots (account_id, taken_at, taken_at_source, imported_at, source_name, content_hash, kind,
                                format, sections)
         VALUES (1, 1, 'given', 1, 'old.zip', 'h1', 'account-export', 'json', ?)`,
      )
      .run(JSON.stringify(sections));
    closeDatabase(old);
    const db = openDatabase(file);
    const after = JSON.parse(
      db.prepare('SELECT sections FROM snapshots').pluck().get() as string,
    ) as unknown[];
    expect(after).toEqual([
      { ...sections[0], state: 'present' },
      { ...sections[1], state: 'absent' },
    ]);
    closeDatabase(db);
  });

  it('migration 12 lists the hand tags already set per account, and its triggers keep the lists in step', () => {
    const file = path.join(dir, 'tag-lists.db');
    const old = openDatabase(file, { migrations: migrations.filter((m) => m.version < 12) });
    old.prepare("INSERT INTO accounts (platform, username, created_at) VALUES ('tiktok', 'me', 1)").run();
    const tag = old.prepare('INSERT INTO audience_tags (account_id, username, tag) VALUES (1, ?, ?)');
    tag.run('Ana', 'fit');
    tag.run('ana', 'Food'); // the same account in another case
    tag.run('bo', 'fit');
    closeDatabase(old);
    const db = openDatabase(file);
    const lists = () =>
      Object.fromEntries(
        (
          db.prepare('SELECT lower(username) AS u, tags FROM advice_tag_lists ORDER BY 1').all() as {
            u: string;
            tags: string;
          }[]
        ).map((r) => [r.u, (JSON.parse(r.tags) as string[]).sort()]),
      );
    expect(lists()).toEqual({ ana: ['Food', 'fit'], bo: ['fit'] });
    db.prepare("INSERT INTO audience_tags (account_id, username, tag) VALUES (1, 'cy', 'dance')").run();
    db.prepare("DELETE FROM audience_tags WHERE username = 'ANA' AND tag = 'fit'").run();
    db.prepare("DELETE FROM audience_tags WHERE username = 'bo'").run();
    db.prepare("UPDATE audience_tags SET tag = 'cooking' WHERE username = 'ana'").run();
    expect(lists()).toEqual({ ana: ['cooking'], cy: ['dance'] });
    closeDatabase(db);
  });

  it('refuses a database from a newer Followscope and leaves it byte-for-byte untouched', () => {
    const file = path.join(dir, 'future.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE something_new (x INTEGER) STRICT; INSERT INTO something_new VALUES (42);');
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.pragma(`application_id = ${FOLLOWSCOPE_APPLICATION_ID}`);
    raw.close();
    const bytes = fs.readFileSync(file);

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer Followscope.*left untouched/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(readSchemaVersion(file)).toBe(latestSchemaVersion + 5);
  });

  it('rolls back a failing migration and keeps the previous version', () => {
    const file = path.join(dir, 'failing.db');
    closeDatabase(openDatabase(file, { migrations: migrations.slice(0, 1) }));
    const broken = [
      ...migrations.slice(0, 1),
      {
        version: 2,
        name: 'broken',
        sql: 'CREATE TABLE half_done (x INTEGER) STRICT; SELECT * FROM no_such_table;',
      },
    ];
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/no_such_table/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });
});
