// A re-import of the very same folder is recognized from the bytes of the files its import reads (the
// folder's fingerprint), before its records are read; files the import ignores are no part of it, and
// changing one file it reads makes a new import.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgressEvent } from '../../../src/shared/bridge';
import { fingerprintFolder } from '../../../src/main/import/source/fingerprint';
import { generateHistory } from '../../fixtures/history';
import { writeInstagramExport } from '../../fixtures/instagram/export';
import { fingerprint, freshDbPath, tempDir } from './helpers';
import { startService, type TestService } from './service-helpers';

const LISTS = 'connections/followers_and_following';
let dir: string;
let folder: string;
let svc: TestService;

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const sources = () =>
  svc.service.context.db
    .prepare('SELECT fingerprint, snapshot_id AS snapshotId FROM snapshot_sources ORDER BY fingerprint')
    .all() as { fingerprint: string; snapshotId: number }[];
/** The phases the progress events of one import went through. */
const phases = (jobId: string) => [
  ...new Set(
    svc.events
      .filter((e): e is ImportProgressEvent => e.type === 'import-progress' && e.jobId === jobId)
      .map((e) => e.phase),
  ),
];

beforeAll(() => {
  dir = tempDir();
  const model = generateHistory({
    seed: 23,
    username: 'folder.tester',
    startFollowers: 300,
    followingCount: 90,
    snapshots: 1,
    months: 3,
  });
  folder = path.join(dir, 'instagram-folder.tester');
  writeInstagramExport(
    model,
    0,
    { shape: '2026', format: 'json', container: 'folder', followersPerFile: 100 },
    folder,
  );
  svc = startService(freshDbPath());
});
afterAll(() => {
  svc.service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('re-import of the same folder', () => {
  it('remembers the folder by the fingerprint of the files it read', async () => {
    const [first] = await svc.call('importPaths', { jobId: 'first', paths: [folder] });
    expect(first).toMatchObject({ platform: 'instagram', duplicate: false });
    expect(sources()).toEqual([
      { fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/), snapshotId: first!.snapshotId },
    ]);
  });

  it('answers a re-import from the fingerprint, before reading: nothing saved, nothing changed', async () => {
    const [first] = await svc.call('listSnapshots', { accountId: 1 });
    const before = fingerprint(svc.service.context.db);
    const [again] = await svc.call('importPaths', { jobId: 'again', paths: [folder] });
    expect(again).toMatchObject({
      platform: 'instagram',
      account: 'folder.tester',
      duplicate: true,
      snapshotId: first!.id,
    });
    expect(fingerprint(svc.service.context.db)).toEqual(before);
    // The save never started: a duplicate told by its content is only found inside the save.
    expect(phases('again')).not.toContain('saving');
    // Proof that the answer came from the remembered folder: counts no read of it could produce are
    // reported as stored.
    const known = sources()[0]!.fingerprint;
    const marked = { ...again!.counts, followers: 987654 };
    const setCounts = (counts: object) =>
      svc.service.context.db
        .prepare('UPDATE snapshot_sources SET counts = ? WHERE fingerprint = ?')
        .run(JSON.stringify(counts), known);
    setCounts(marked);
    try {
      const [third] = await svc.call('importPaths', { jobId: 'third', paths: [folder] });
      expect(third!.counts).toEqual(marked);
      expect(phases('third')).not.toContain('saving');

      // Files the import never opens are no part of the fingerprint: a hidden file, a video, a JSON file
      // that is no Instagram list.
      fs.writeFileSync(path.join(folder, '.hidden-backup.json'), '{"relationships_followers": []}');
      fs.mkdirSync(path.join(folder, 'media'), { recursive: true });
      fs.writeFileSync(path.join(folder, 'media', 'clip.mp4'), Buffer.alloc(4096, 7));
      fs.writeFileSync(path.join(folder, 'notes.json'), '{"note": "not an Instagram file"}');
      const [fourth] = await svc.call('importPaths', { jobId: 'fourth', paths: [folder] });
      expect(fourth!.counts).toEqual(marked);
    } finally {
      setCounts(again!.counts);
    }
  });

  it('makes a new import when one file the import reads changed', async () => {
    const file = path.join(folder, LISTS, 'followers_2.json');
    const records = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[];
    fs.writeFileSync(file, JSON.stringify(records.slice(1)));
    const [first] = await svc.call('listSnapshots', { accountId: 1 });
    const [changed] = await svc.call('importPaths', { jobId: 'changed', paths: [folder] });
    expect(changed!.duplicate).toBe(false);
    expect(changed!.snapshotId).not.toBe(first!.id);
    expect(changed!.counts.followers).toBe(first!.followers! - 1);
    expect(sources()).toHaveLength(2);
  });
});

describe('fingerprintFolder', () => {
  it('hashes the named files, in name order, by name, size and bytes; on a worker when large', async () => {
    const root = path.join(dir, 'plain');
    fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
    const block = createHash('sha512').update('followscope').digest();
    const big = Buffer.concat(Array.from({ length: (9 << 20) / block.length }, () => block));
    fs.writeFileSync(path.join(root, 'sub', 'b.json'), big);
    fs.writeFileSync(path.join(root, 'a.json'), '[1,2,3]');
    const entries = [
      { name: 'sub/b.json', size: big.length, mtime: null },
      { name: 'a.json', size: 7, mtime: null },
    ];
    const expected = sha256(
      `a.json\0${7}\0${sha256('[1,2,3]')}\n` + `sub/b.json\0${big.length}\0${sha256(big)}\n`,
    );
    expect(await fingerprintFolder(root, entries)).toBe(expected);
    expect(await fingerprintFolder(root, [...entries].reverse())).toBe(expected);
    // A file whose size changed since the folder was walked, or that is gone: no fingerprint.
    expect(await fingerprintFolder(root, [{ name: 'a.json', size: 6, mtime: null }])).toBeNull();
    expect(await fingerprintFolder(root, [{ name: 'gone.json', size: 1, mtime: null }])).toBeNull();
    expect(await fingerprintFolder(root, [])).toBeNull();
  });
});
