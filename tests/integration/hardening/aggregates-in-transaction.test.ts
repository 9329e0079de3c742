// The audience aggregates are written in the import's own transaction: an import that fails while writing
// them (here a beforeCommit that throws, as disk full would) leaves the database byte-identical, and a
// successful import leaves fresh aggregates behind without any later refresh.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAudienceAggregates } from '../../../src/main/analytics/audience-refresh';
import { openDatabase } from '../../../src/main/db/open';
import { runImport } from '../../../src/main/import/run-import';
import { generateHistory } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { freshDbPath, tempDir } from '../import/helpers';
import { startService, type TestService } from '../import/service-helpers';

let dir: string;
let files: string[];

beforeAll(() => {
  dir = tempDir('fs-aggregates-');
  const model = generateHistory({
    seed: 11,
    username: 'agg.tester',
    startFollowers: 300,
    followingCount: 90,
    snapshots: 2,
    months: 4,
  });
  files = [0, 1].map((i) => {
    const file = path.join(dir, `export-${i}.zip`);
    writeAccountExport(model, i, { layout: 'B', container: 'zip' }, file);
    return file;
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('audience aggregates in the import transaction', () => {
  let svc: TestService;
  const dbPath = freshDbPath();
  afterAll(() => svc.service.close());

  it('are present and fresh as soon as the import returns', async () => {
    svc = startService(dbPath);
    const reports = await svc.call('importPaths', { jobId: 'a', paths: files });
    const db = svc.service.context.db;
    const stats = db.prepare('SELECT COUNT(*) FROM audience_snapshot_stats').pluck().get();
    expect(stats).toBe(2);
    expect(refreshAudienceAggregates(db, reports[0]!.accountId).recomputed).toBe(0);
  });

  it('roll back with the snapshot when writing them fails', async () => {
    const file = freshDbPath();
    const db = openDatabase(file);
    await runImport({ db, dbPath: file, paths: [files[0]!], beforeCommit: refreshAudienceAggregates });
    db.close();
    const before = fs.readFileSync(file);
    const again = openDatabase(file);
    await expect(
      runImport({
        db: again,
        dbPath: file,
        paths: [files[1]!],
        beforeCommit: (conn, accountId) => {
          refreshAudienceAggregates(conn, accountId);
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        },
      }),
    ).rejects.toThrow(/^export-1\.zip: /);
    again.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
