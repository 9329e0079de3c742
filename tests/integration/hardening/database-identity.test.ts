// Followscope opens only its own databases: another program's SQLite file, a non-SQLite file and a database
// from a newer Followscope are refused byte-identical with nothing created beside them, by the library and
// by every CLI command; a database made before the application_id mark is recognized and marked; a
// read-only database or folder is refused with a message naming the path and what to do.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DatabaseForeignError,
  DatabaseReadOnlyError,
  DatabaseTooNewError,
} from '../../../src/main/db/errors';
import { FOLLOWSCOPE_APPLICATION_ID } from '../../../src/main/db/identify';
import { closeDatabase, latestSchemaVersion, openDatabase } from '../../../src/main/db/open';
import { migrations } from '../../../src/main/db/migrations';
import { tempDir } from '../import/helpers';
import { repoRoot } from '../import/service-helpers';
import { generateHistory } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';

const dir = tempDir('fs-identity-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, FOLLOWSCOPE_DB: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The files in the folder of `file` whose names start with its name (the file and anything beside it). */
const family = (file: string) =>
  fs
    .readdirSync(path.dirname(file))
    .filter((n) => n.startsWith(path.basename(file)))
    .sort();

function foreignWalDatabase(file: string): void {
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.exec(
    'CREATE TABLE messages (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO messages (body) VALUES (1);',
  );
  raw.pragma('user_version = 3');
  raw.close();
}

function newerFollowscope(file: string): void {
  closeDatabase(openDatabase(file));
  const raw = new Database(file);
  raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
  raw.close();
}

/** One valid invocation of each CLI command (import with a real generated export). */
function everyCommand(): string[][] {
  const exportFile = path.join(dir, 'valid-export.json');
  if (!fs.existsSync(exportFile)) {
    const model = generateHistory({
      seed: 3,
      username: 'identity.check',
      startFollowers: 20,
      followingCount: 20,
      snapshots: 1,
      months: 1,
    });
    writeAccountExport(model, 0, { layout: 'B', container: 'json' }, exportFile);
  }
  return [
    ['import', exportFile, '--exported-at', '2026-02-28'],
    ['summary'],
    ['list', 'mutuals'],
    ['tips'],
    ['suggest', 'review'],
  ];
}

describe('databases that are not ours, or too new', () => {
  const cases: [string, (file: string) => void, RegExp, new (...a: never[]) => Error][] = [
    [
      'another program’s WAL database',
      foreignWalDatabase,
      /not a Followscope database/,
      DatabaseForeignError,
    ],
    [
      'a text file',
      (f) => fs.writeFileSync(f, 'hello, this is not a database\n'.repeat(10)),
      /not an SQLite file, not a Followscope database/,
      DatabaseForeignError,
    ],
    ['a newer Followscope database', newerFollowscope, /newer Followscope/, DatabaseTooNewError],
  ];
  for (const [label, make, message, type] of cases) {
    it(`refuses ${label} and leaves it byte-identical with nothing beside it`, () => {
      const file = path.join(dir, `${label.replace(/\W+/g, '-')}.db`);
      make(file);
      const bytes = fs.readFileSync(file);
      expect(() => openDatabase(file)).toThrow(type);
      expect(() => openDatabase(file)).toThrow(message);
      // Every CLI command, each with valid arguments, so only the database can be what it refuses.
      for (const command of everyCommand()) {
        const r = cli([...command, '--db', file, '--json']);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain(`error: ${file}: `);
      }
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(family(file)).toEqual([path.basename(file)]);
    });
  }
});

describe('our own databases', () => {
  it('marks a new database with the application id', () => {
    const file = path.join(dir, 'new.db');
    fs.writeFileSync(file, ''); // an empty file is a new database, not a foreign one
    const db = openDatabase(file);
    expect(db.pragma('application_id', { simple: true })).toBe(FOLLOWSCOPE_APPLICATION_ID);
    closeDatabase(db);
  });

  it('recognizes a database made before the mark, upgrades and marks it', () => {
    const file = path.join(dir, 'unmarked.db');
    closeDatabase(openDatabase(file, { migrations: migrations.slice(0, 3) }));
    const raw = new Database(file);
    raw.pragma('application_id = 0');
    raw.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.pragma('application_id', { simple: true })).toBe(FOLLOWSCOPE_APPLICATION_ID);
    closeDatabase(db);
  });
});

describe('read-only databases', () => {
  const isRoot = process.getuid?.() === 0;
  // Root writes through file permissions, so as root a read-only mount stands in for them.
  it('refuses a read-only folder or file with the path and what to do', (ctx) => {
    const folder = path.join(dir, 'ro');
    fs.mkdirSync(folder);
    const file = path.join(folder, 'followscope.db');
    if (isRoot) {
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', folder]);
      if (mounted.status !== 0) return ctx.skip(`running as root but mount failed: ${mounted.stderr}`);
    }
    try {
      closeDatabase(openDatabase(file));
      const bytes = fs.readFileSync(file);
      if (isRoot) expect(spawnSync('mount', ['-o', 'remount,ro', folder]).status).toBe(0);
      else fs.chmodSync(folder, 0o555);
      expect(() => openDatabase(file)).toThrow(DatabaseReadOnlyError);
      expect(() => openDatabase(file)).toThrow(`${file}: the folder holding the database is read-only`);
      for (const command of everyCommand()) {
        const r = cli([...command, '--db', file, '--json']);
        expect(r.code, command[0]).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(new RegExp(`^error: ${file}: .*read-only.*writable`));
      }
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      if (!isRoot) {
        fs.chmodSync(folder, 0o755);
        fs.chmodSync(file, 0o444);
        expect(() => openDatabase(file)).toThrow(`${file}: the database file is read-only`);
      }
    } finally {
      if (isRoot) spawnSync('umount', [folder]);
      else fs.chmodSync(folder, 0o755);
    }
  });
});
