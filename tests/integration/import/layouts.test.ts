// Every layout and container the generator writes imports with the generator's counts, and nothing
// personal ends up in the database file.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory, type HistoryModel } from '../../fixtures/history';
import { DEFAULT_ACTIVITY, PERSONAL_FIELDS } from '../../fixtures/tiktok/activity';
import { writeAccountExport, type AccountContainer, type AccountLayout } from '../../fixtures/tiktok/export';
import { LAYOUT_C_DEFAULT } from '../../fixtures/tiktok/json-layouts';
import { freshDbPath, tempDir } from './helpers';
import { startService, type TestService } from './service-helpers';

const cases: [AccountLayout, AccountContainer][] = [
  ['A', 'zip'],
  ['A', 'json'],
  ['A', 'folder'],
  ['B', 'zip'],
  ['B', 'json'],
  ['B', 'folder'],
  ['C', 'zip'],
  ['C', 'json'],
  ['C', 'folder'],
  ['txt', 'zip'],
  ['txt', 'folder'],
  ['txt2020', 'zip'],
  ['txt2020', 'folder'],
];

let model: HistoryModel;
let dir: string;
let dbPath: string;
let svc: TestService;

beforeAll(() => {
  model = generateHistory({
    seed: 11,
    username: 'layout.tester',
    startFollowers: 300,
    followingCount: 120,
    snapshots: 1,
    months: 1,
  });
  dir = tempDir();
  dbPath = freshDbPath();
  svc = startService(dbPath);
});
afterAll(() => svc.service.close());

describe.each(cases)('layout %s as %s', (layout, container) => {
  it('imports with the counts the generator wrote', async () => {
    const out = path.join(
      dir,
      `${layout}-${container}${container === 'zip' ? '.zip' : container === 'json' ? '.json' : ''}`,
    );
    writeAccountExport(model, 0, { layout, container }, out);
    const [report] = await svc.call('importPaths', { jobId: `${layout}-${container}`, paths: [out] });
    const snap = model.snapshots[0]!;
    const isC = layout === 'C';
    expect(report).toMatchObject({
      platform: 'tiktok',
      kind: 'account-export',
      format: layout.startsWith('txt') ? 'txt' : 'json',
      layout: layout.startsWith('txt') ? 'txt' : layout,
      account: 'layout.tester',
    });
    expect(report!.counts.followers).toBe(snap.followers.length);
    expect(report!.counts.following).toBe(snap.following.length);
    expect(report!.counts.watched).toBe(DEFAULT_ACTIVITY.watchHistory);
    expect(report!.counts.likesGiven).toBe(DEFAULT_ACTIVITY.likesGiven);
    if (!isC || LAYOUT_C_DEFAULT.includes('posts')) expect(report!.counts.posts).toBe(snap.posts.length);
    if (!isC) expect(report!.counts.searches).toBe(DEFAULT_ACTIVITY.searches);
    const newestFollow = Math.max(...[...snap.followers, ...snap.following].map((f) => f.followedAtMs));
    expect(Date.parse(report!.takenAt)).toBeGreaterThanOrEqual(newestFollow);
    expect(report!.takenAtSource).toBe('newest record');
    expect(Date.parse(report!.takenAt)).toBeLessThanOrEqual(snap.takenAtMs);
  });
});

describe('privacy', () => {
  it('keeps no e-mail, phone, birth date, IP or message text in the database file', () => {
    svc.service.close();
    const bytes = Buffer.concat(
      ['', '-wal'].filter((s) => fs.existsSync(dbPath + s)).map((s) => fs.readFileSync(dbPath + s)),
    );
    expect(bytes.length).toBeGreaterThan(0);
    for (const value of Object.values(PERSONAL_FIELDS))
      expect(bytes.includes(Buffer.from(value)), value).toBe(false);
    svc = startService(dbPath);
  });
});
