// Migration 004 (advice) upgrades a version-3 database, and advice works on a database that lacks the
// Studio (002) and audience (003) tables, which it only reads when present.
import { afterEach, describe, expect, it } from 'vitest';
import { collectMetrics } from '../../../src/main/advice/collect-metrics';
import { suggestions } from '../../../src/main/advice/suggestions';
import { tipsForAccount } from '../../../src/main/advice/tips/for-account';
import { migrations } from '../../../src/main/db/migrations';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/open';
import { daysAgo, seedAccount, seedSnapshot, tempDb } from './seed';

let db: Db | null = null;
afterEach(() => {
  if (db) closeDatabase(db);
  db = null;
});

const tables = (d: Db) =>
  d
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'advice_%' ORDER BY name")
    .pluck()
    .all();

describe('migration 004', () => {
  it('upgrades a version-3 database and keeps its rows', () => {
    const file = tempDb();
    db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 3) });
    const id = seedAccount(db, 'creator');
    closeDatabase(db);
    db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 4) });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(tables(db)).toEqual([
      'advice_dismissed_rows',
      'advice_goals',
      'advice_niche_edits',
      'advice_settings',
      'advice_tag_rules',
      'advice_tip_state',
    ]);
    expect(db.prepare('SELECT username FROM accounts WHERE id = ?').pluck().get(id)).toBe('creator');
    expect(() => db!.prepare("INSERT INTO advice_settings VALUES (?, 'nope', 1)").run(id)).toThrow(/CHECK/);
  });

  // Advice reads the audience facts (which need the audience aggregates), not the Studio tables.
  it('advice runs without the Studio tables', () => {
    db = openDatabase(tempDb(), { migrations: migrations.filter((m) => m.version !== 2) });
    const id = seedAccount(db, 'creator');
    seedSnapshot(db, id, {
      takenAt: daysAgo(40),
      followers: [['a', daysAgo(50)]],
      following: [['b', daysAgo(60)]],
    });
    seedSnapshot(db, id, {
      takenAt: daysAgo(0),
      followers: [
        ['a', daysAgo(50)],
        ['c', daysAgo(1)],
      ],
      following: [['b', daysAgo(60)]],
    });
    const m = collectMetrics(db, id)!;
    expect(m.studio).toBeNull();
    expect(m.followers).toBe(2);
    expect(suggestions(db, id, 'review').rows.map((r) => r.username)).toEqual(['b']);
    expect(Array.isArray(tipsForAccount(db, id))).toBe(true);
  });
});
