// Bad input is refused with a message naming the file, and the database stays exactly as it was;
// re-imports are recognized; older exports slot in by date; a cancel leaves nothing behind.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveStepNames } from '../../../src/shared/bridge';
import { openDatabase } from '../../../src/main/db/open';
import { runImport } from '../../../src/main/import/run-import';
import { ServiceError } from '../../../src/main/service/errors';
import { generateHistory, type HistoryModel } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { createZip, createZipBomb, writeZip } from '../../fixtures/zip';
import { fingerprint, freshDbPath, tempDir } from './helpers';
import { startService, type TestService } from './service-helpers';

let dir: string;
let dbPath: string;
let svc: TestService;
let series: HistoryModel;
const seriesFiles: string[] = [];

beforeAll(() => {
  dir = tempDir();
  series = generateHistory({
    seed: 5,
    username: 'safe.tester',
    startFollowers: 500,
    followingCount: 150,
    snapshots: 3,
    months: 8,
  });
  for (let i = 0; i < 3; i++) {
    const file = path.join(dir, `series-${i}.zip`);
    writeAccountExport(series, i, { layout: 'B', container: 'zip' }, file);
    seriesFiles.push(file);
  }
  dbPath = freshDbPath();
  svc = startService(dbPath);
});
afterAll(() => svc.service.close());

describe('snapshots', () => {
  it('orders an older export imported after a newer one by its date', async () => {
    const reports = await svc.call('importPaths', {
      jobId: 'order',
      paths: [seriesFiles[2]!, seriesFiles[0]!, seriesFiles[1]!],
    });
    expect(reports.map((r) => r.duplicate)).toEqual([false, false, false]);
    const listed = await svc.call('listSnapshots', { accountId: reports[0]!.accountId });
    expect(listed.map((s) => s.id)).toEqual([
      reports[1]!.snapshotId,
      reports[2]!.snapshotId,
      reports[0]!.snapshotId,
    ]);
    const summary = await svc.call('summary', { accountId: reports[0]!.accountId });
    const last = series.snapshots[2]!;
    expect(summary).toMatchObject({
      snapshots: 3,
      followers: last.followers.length,
      following: last.following.length,
      gainedSinceLastSnapshot: last.truth.gained.length,
      lostSinceLastSnapshot: last.truth.lost.length,
    });
    expect(svc.events.some((e) => e.type === 'data-changed' && e.accountId === reports[0]!.accountId)).toBe(
      true,
    );
    expect(svc.events.some((e) => e.type === 'import-progress' && e.phase === 'done')).toBe(true);
    // Each file's save announces its steps in order, so a long save shows movement.
    const steps = svc.events.flatMap((e) =>
      e.type === 'import-progress' && e.jobId === 'order' && e.saveStep && e.fileIndex === 1
        ? [e.saveStep]
        : [],
    );
    expect(steps.map((s) => s.name)).toEqual([...saveStepNames]);
    expect(steps.map((s) => s.index)).toEqual(saveStepNames.map((_, i) => i + 1));
    expect(steps.every((s) => s.count === saveStepNames.length)).toBe(true);
  });

  it('recognizes a re-import and changes nothing', async () => {
    const before = fingerprint(svc.service.context.db);
    const [again] = await svc.call('importPaths', { jobId: 'again', paths: [seriesFiles[1]!] });
    expect(again!.duplicate).toBe(true);
    const listed = await svc.call('listSnapshots', { accountId: again!.accountId });
    expect(listed.map((s) => s.id)).toContain(again!.snapshotId);
    expect(fingerprint(svc.service.context.db)).toEqual(before);
  });

  it('lets the user correct a snapshot date, and deletes a snapshot', async () => {
    const [first] = await svc.call('listSnapshots', { accountId: 1 });
    const moved = await svc.call('setSnapshotTime', {
      snapshotId: first!.id,
      takenAt: '2030-01-01T00:00:00Z',
    });
    expect(moved.takenAt).toBe('2030-01-01T00:00:00.000Z');
    const listed = await svc.call('listSnapshots', { accountId: 1 });
    expect(listed.at(-1)!.id).toBe(first!.id);
    await svc.call('setSnapshotTime', { snapshotId: first!.id, takenAt: first!.takenAt });
    expect((await svc.fail('setSnapshotTime', { snapshotId: 999, takenAt: first!.takenAt })).code).toBe(
      'NOT_FOUND',
    );
    expect(await svc.call('deleteSnapshot', { snapshotId: 999 })).toEqual({ deleted: false });
  });
});

/** Each bad input: [label, path maker]. */
const badInputs: [string, (d: string) => string][] = [
  [
    'truncated ZIP',
    (d) => {
      const good = path.join(d, 'good.zip');
      writeAccountExport(series, 0, { layout: 'B', container: 'zip' }, good);
      const bytes = fs.readFileSync(good);
      const file = path.join(d, 'truncated.zip');
      fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return file;
    },
  ],
  [
    'truncated JSON',
    (d) => {
      const good = path.join(d, 'whole.json');
      writeAccountExport(series, 0, { layout: 'B', container: 'json' }, good);
      const bytes = fs.readFileSync(good);
      const file = path.join(d, 'user_data_tiktok.json');
      fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      return file;
    },
  ],
  ['non-JSON content', (d) => write(d, 'user_data.json', 'this is not json at all {{{')],
  ['empty file', (d) => write(d, 'empty.json', '')],
  ['not an export', (d) => write(d, 'notes.txt', 'shopping list\nmilk\neggs\n')],
  [
    'a ZIP entry with ../',
    (d) => {
      const file = path.join(d, 'evil.zip');
      writeZip(file, [{ name: '../user_data_tiktok.json', data: '{"Your Activity": {}}' }]);
      return file;
    },
  ],
  [
    'an absolute ZIP entry',
    (d) => {
      const file = path.join(d, 'abs.zip');
      writeZip(file, [{ name: '/etc/user_data_tiktok.json', data: '{"Your Activity": {}}' }]);
      return file;
    },
  ],
  [
    'a ZIP bomb',
    (d) => {
      const file = path.join(d, 'bomb.zip');
      fs.writeFileSync(file, createZipBomb(64 * 1024 * 1024, 'user_data_tiktok.json'));
      return file;
    },
  ],
  [
    'a ZIP whose entry lies about its size',
    (d) => {
      const file = path.join(d, 'liar.zip');
      const doc = JSON.stringify({
        'Your Activity': { Follower: { FansList: [{ Date: '2025-01-01 00:00:00', UserName: 'x' }] } },
      });
      fs.writeFileSync(
        file,
        createZip([{ name: 'user_data_tiktok.json', data: doc + ' '.repeat(5000) }], {
          lieUncompressedSize: 100,
        }),
      );
      return file;
    },
  ],
  [
    'an empty folder',
    (d) => {
      const folder = path.join(d, 'empty-folder');
      fs.mkdirSync(folder);
      return folder;
    },
  ],
  [
    'a folder without an export',
    (d) => {
      const folder = path.join(d, 'holiday-photos');
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(folder, 'readme.md'), '# photos\n');
      return folder;
    },
  ],
  ['a missing path', (d) => path.join(d, 'no-such-file.zip')],
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function write(d: string, name: string, text: string): string {
  const file = path.join(d, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('bad input', () => {
  it.each(badInputs)('%s: refused naming the file, database unchanged', async (_label, make) => {
    const d = tempDir('fs-bad-');
    const file = make(d);
    const before = fingerprint(svc.service.context.db);
    const error = await svc.fail('importPaths', { jobId: 'bad', paths: [file] });
    expect(error.code).toBe('IMPORT_FAILED');
    // "<file>: <problem>", or "<file>/<entry>: <problem>" when the problem is inside a ZIP entry.
    expect(error.message, error.message).toMatch(new RegExp(`^${escape(path.basename(file))}(/[^:]+)?: \\S`));
    expect(error.message.length).toBeGreaterThan(path.basename(file).length + 5);
    expect(fingerprint(svc.service.context.db)).toEqual(before);
  });
});

describe('cancel', () => {
  it('rolls back when the signal aborts mid-read', async () => {
    const big = generateHistory({
      seed: 6,
      username: 'cancel.me',
      startFollowers: 30_000,
      followingCount: 2_000,
      snapshots: 1,
      months: 1,
    });
    const file = path.join(dir, 'big.json');
    writeAccountExport(big, 0, { layout: 'A', container: 'json' }, file);
    const db = openDatabase(dbPath);
    const before = fingerprint(db);
    const controller = new AbortController();
    let progressSeen = 0;
    const outcome = await runImport({
      db,
      dbPath,
      paths: [file],
      signal: controller.signal,
      onProgress: (e) => {
        if (e.phase === 'reading' && e.records > 0 && ++progressSeen === 1) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(progressSeen).toBeGreaterThan(0);
    expect(outcome).toBeInstanceOf(ServiceError);
    expect((outcome as ServiceError).code).toBe('CANCELLED');
    expect(fingerprint(db)).toEqual(before);
    db.close();
  });

  it('cancels while saving (between the steps of the save) and leaves the database as it was', async () => {
    const file = path.join(dir, 'big.json');
    const db = openDatabase(dbPath);
    const before = fingerprint(db);
    const controller = new AbortController();
    const steps: string[] = [];
    const outcome = await runImport({
      db,
      dbPath,
      paths: [file],
      signal: controller.signal,
      onProgress: (e) => {
        if (e.saveStep) steps.push(e.saveStep.name);
        if (e.saveStep?.name === 'followers') controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(steps).toEqual(['sorting', 'accounts', 'followers']);
    expect(outcome).toBeInstanceOf(ServiceError);
    expect((outcome as ServiceError).code).toBe('CANCELLED');
    expect(fingerprint(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('cancelImport stops a running job of the service', async () => {
    const file = path.join(dir, 'big.json');
    const before = fingerprint(svc.service.context.db);
    const pending = svc.service.dispatch('importPaths', { jobId: 'to-cancel', paths: [file] });
    await new Promise((r) => setTimeout(r, 20));
    expect(await svc.call('cancelImport', { jobId: 'to-cancel' })).toEqual({ cancelled: true });
    const result = await pending;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('CANCELLED');
    expect(fingerprint(svc.service.context.db)).toEqual(before);
  });
});
