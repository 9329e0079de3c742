// A re-import of the very same file is recognized from its bytes (its fingerprint), without reading its
// records, and reports what its first import reported; the same export in another container is still
// recognized by its content, and then its file is remembered too.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintFile } from '../../../src/main/import/source/fingerprint';
import { generateHistory, type HistoryModel } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { fingerprint, freshDbPath, tempDir } from './helpers';
import { startService, type TestService } from './service-helpers';

let dir: string;
let svc: TestService;
let model: HistoryModel;
let jsonFile: string;
let zipFile: string;

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const sources = () =>
  svc.service.context.db
    .prepare(
      'SELECT fingerprint, snapshot_id AS snapshotId, counts FROM snapshot_sources ORDER BY fingerprint',
    )
    .all() as { fingerprint: string; snapshotId: number; counts: string }[];

beforeAll(() => {
  dir = tempDir();
  model = generateHistory({
    seed: 11,
    username: 'bytes.tester',
    startFollowers: 400,
    followingCount: 120,
    snapshots: 1,
    months: 3,
  });
  jsonFile = path.join(dir, 'export.json');
  zipFile = path.join(dir, 'export.zip');
  writeAccountExport(model, 0, { layout: 'B', container: 'json' }, jsonFile);
  writeAccountExport(model, 0, { layout: 'B', container: 'zip' }, zipFile);
  svc = startService(freshDbPath());
});
afterAll(() => svc.service.close());

describe('re-import of the same file', () => {
  it('remembers the imported file by the sha256 of its bytes, with the counts it reported', async () => {
    const [first] = await svc.call('importPaths', { jobId: 'first', paths: [jsonFile] });
    expect(first!.duplicate).toBe(false);
    expect(first!.counts.followers).toBe(model.snapshots[0]!.followers.length);
    expect(sources()).toEqual([
      { fingerprint: sha256(jsonFile), snapshotId: first!.snapshotId, counts: JSON.stringify(first!.counts) },
    ]);
  });

  it('answers a re-import from the remembered file, reporting the first import and changing nothing', async () => {
    const [first] = await svc.call('listSnapshots', { accountId: 1 });
    const before = fingerprint(svc.service.context.db);
    const [again] = await svc.call('importPaths', { jobId: 'again', paths: [jsonFile] });
    expect(again).toMatchObject({ duplicate: true, snapshotId: first!.id, account: 'bytes.tester' });
    expect(fingerprint(svc.service.context.db)).toEqual(before);
    // Proof that the answer came from the remembered file and not from reading the records again:
    // counts that no read of this export could produce are reported as stored.
    const marked = { ...again!.counts, likesGiven: 987654 };
    svc.service.context.db
      .prepare('UPDATE snapshot_sources SET counts = ? WHERE fingerprint = ?')
      .run(JSON.stringify(marked), sha256(jsonFile));
    const [third] = await svc.call('importPaths', { jobId: 'third', paths: [jsonFile] });
    expect(third!.counts).toEqual(marked);
    expect(third!.takenAt).toBe(again!.takenAt);
    expect(third!.sections).toEqual(again!.sections);
    svc.service.context.db
      .prepare('UPDATE snapshot_sources SET counts = ? WHERE fingerprint = ?')
      .run(JSON.stringify(again!.counts), sha256(jsonFile));
  });

  it('recognizes the same export in a ZIP by its content, and remembers the ZIP too', async () => {
    const [zipped] = await svc.call('importPaths', { jobId: 'zip', paths: [zipFile] });
    expect(zipped!.duplicate).toBe(true);
    expect(sources().map((s) => [s.fingerprint, s.snapshotId])).toEqual(
      [sha256(jsonFile), sha256(zipFile)].sort().map((f) => [f, zipped!.snapshotId]),
    );
  });

  it('forgets the files of a deleted snapshot: importing them again makes a new snapshot', async () => {
    const [snapshot] = await svc.call('listSnapshots', { accountId: 1 });
    await svc.call('deleteSnapshot', { snapshotId: snapshot!.id });
    expect(sources()).toEqual([]);
    const [anew] = await svc.call('importPaths', { jobId: 'anew', paths: [jsonFile] });
    expect(anew!.duplicate).toBe(false);
    expect(sources().map((s) => s.snapshotId)).toEqual([anew!.snapshotId]);
  });
});

describe('fingerprintFile', () => {
  it('hashes a large file on a worker thread to the sha256 of its bytes, and a folder to null', async () => {
    const big = path.join(dir, 'big.bin');
    const block = createHash('sha512').update('followscope').digest();
    fs.writeFileSync(big, Buffer.concat(Array.from({ length: (9 << 20) / block.length }, () => block)));
    expect(await fingerprintFile(big)).toBe(sha256(big));
    expect(await fingerprintFile(jsonFile)).toBe(sha256(jsonFile));
    expect(await fingerprintFile(dir)).toBeNull();
    expect(await fingerprintFile(path.join(dir, 'missing.json'))).toBeNull();
  });
});
