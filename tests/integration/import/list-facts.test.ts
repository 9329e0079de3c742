// What the importer counts from a snapshot's lists while they are in memory (follows per day per side,
// mutuals) equals what SQL counts from the stored rows, whichever way the followers' follow-date index
// was maintained: rebuilt (the first, large import) or updated row by row (a smaller import after it).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/open';
import { generateHistory, mutuals, type HistoryModel } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { countListFactsInSql } from '../../../src/main/db/queries/list-facts';
import { freshDbPath, tempDir } from './helpers';
import { startService, type TestService } from './service-helpers';

let model: HistoryModel;
let dbPath: string;
let svc: TestService;
const snapshotIds: number[] = [];

beforeAll(async () => {
  model = generateHistory({
    seed: 23,
    username: 'facts.tester',
    startFollowers: 400,
    followingCount: 150,
    snapshots: 3,
    months: 4,
  });
  const dir = tempDir();
  dbPath = freshDbPath();
  svc = startService(dbPath);
  // Newest (largest) first: the index is rebuilt for it, then updated row by row for the smaller ones.
  for (const index of [2, 0, 1]) {
    const file = path.join(dir, `export-${index}.zip`);
    writeAccountExport(model, index, { layout: 'B', container: 'zip' }, file);
    const [report] = await svc.call('importPaths', { jobId: `facts-${index}`, paths: [file] });
    snapshotIds[index] = report!.snapshotId!;
  }
});
afterAll(() => svc.service.close());

type DayRow = { side: number; day: number; count: number };
const days = (db: Db, id: number) =>
  db
    .prepare('SELECT side, day, count FROM snapshot_follow_days WHERE snapshot_id = ? ORDER BY side, day')
    .all(id) as DayRow[];
const mutualTotal = (db: Db, id: number) =>
  db.prepare('SELECT mutual_total FROM snapshots WHERE id = ?').pluck().get(id) as number;

describe('list facts counted by the importer', () => {
  it('equal the SQL counts over the stored rows, and the generator’s mutuals', () => {
    const copy = path.join(tempDir(), 'copy.db');
    const db = openDatabase(dbPath);
    db.exec(`VACUUM INTO '${copy}'`);
    closeDatabase(db);
    const sqlDb = openDatabase(copy);
    try {
      for (const [index, id] of snapshotIds.entries()) {
        const imported = { days: days(sqlDb, id), mutuals: mutualTotal(sqlDb, id) };
        expect(imported.days.length).toBeGreaterThan(10);
        expect(imported.mutuals).toBe(mutuals(model.snapshots[index]!).length);
        sqlDb.prepare('UPDATE snapshots SET mutual_total = -1 WHERE id = ?').run(id);
        countListFactsInSql(sqlDb, id);
        expect({ days: days(sqlDb, id), mutuals: mutualTotal(sqlDb, id) }).toEqual(imported);
      }
    } finally {
      closeDatabase(sqlDb);
      fs.rmSync(path.dirname(copy), { recursive: true, force: true });
    }
  });

  it('leaves the followers’ follow-date index whole and in use', () => {
    const db = openDatabase(dbPath);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const plan = db
        .prepare(
          'EXPLAIN QUERY PLAN SELECT handle_id FROM snapshot_followers WHERE snapshot_id = ? ORDER BY followed_at',
        )
        .all(snapshotIds[0]) as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING COVERING INDEX snapshot_followers_by_time/);
    } finally {
      closeDatabase(db);
    }
  });
});
