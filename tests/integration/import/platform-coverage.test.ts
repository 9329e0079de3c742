// What an Instagram or X export did not say stays unknown: an export requested for a date range never
// turns older follows into unfollowers, an own list that is empty is "nobody" while one the export did not
// carry is null, and damaged input is refused as `<file>: <problem>` with the database left as it was.
// Real exports from the fixture generator, imported through the real service into a real database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../fixtures/history';
import { writeInstagramExport } from '../../fixtures/instagram/export';
import { writeXArchive } from '../../fixtures/x/archive';
import { startService, type TestService } from './service-helpers';

const USER = 'range.creator';
const model = generateHistory({
  seed: 11,
  username: USER,
  startFollowers: 300,
  followingCount: 150,
  snapshots: 2,
  months: 8,
});
const [first, last] = [model.snapshots[0]!, model.snapshots[1]!];
const LISTS = 'connections/followers_and_following';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-coverage-'));
  dirs.push(dir);
  return dir;
}

async function unfollowers(svc: TestService, accountId: number): Promise<string[]> {
  const page = await svc.call('audienceList', { accountId, list: 'unfollowers', limit: 5000 });
  return page.rows.map((r) => r.username.toLowerCase()).sort();
}

/** Everything a user could see of the database: accounts and each account's snapshots. */
async function stored(svc: TestService): Promise<unknown> {
  const accounts = await svc.call('listAccounts', {});
  return Promise.all(
    accounts.map(async (a) => ({ a, snapshots: await svc.call('listSnapshots', { accountId: a.id }) })),
  );
}

describe('an Instagram export requested for a date range', () => {
  it('is flagged, and only follows made since its start can be unfollows', async () => {
    const dir = tempDir();
    const svc = startService(path.join(dir, 'test.db'));
    const full = writeInstagramExport(
      model,
      0,
      { shape: '2025', format: 'json', container: 'zip' },
      path.join(dir, 'full.zip'),
    ).path;
    const ranged = writeInstagramExport(
      model,
      1,
      { shape: '2025', format: 'json', container: 'zip', rangeDays: 330 },
      path.join(dir, 'range.zip'),
    ).path;
    const [fullReport] = await svc.call('importPaths', { jobId: 'a', paths: [full] });
    expect(fullReport!.followsSince).toBeUndefined();
    const [report] = await svc.call('importPaths', { jobId: 'b', paths: [ranged] });
    const since = Date.parse(report!.followsSince!);
    const oldestInRange = Math.min(
      ...last.followers
        .concat(last.following)
        .map((r) => r.followedAtMs)
        .filter((t) => t >= last.takenAtMs - 330 * 86_400_000),
    );
    expect(since).toBe(oldestInRange);
    expect(report!.warnings.join('\n')).toMatch(/holds only follows since \d{4}-\d\d-\d\d/);

    const inRange = new Set(
      last.followers.filter((r) => r.followedAtMs >= since).map((r) => r.username.toLowerCase()),
    );
    // Read naively, every earlier follower missing from the range would be an unfollower.
    const naive = first.followers.filter((r) => !inRange.has(r.username.toLowerCase()));
    const truth = last.truth.lost.filter((r) => r.followedAtMs >= since).map((r) => r.username.toLowerCase());
    expect(naive.length).toBeGreaterThan(truth.length + 50);
    expect(truth.length).toBeGreaterThan(0);
    expect(await unfollowers(svc, report!.accountId)).toEqual(truth.sort());
    const summary = await svc.call('summary', { accountId: report!.accountId });
    expect(summary.lostSinceLastSnapshot).toBe(truth.length);
  });
});

describe("Instagram's own lists", () => {
  function folderExport(dir: string): string {
    return writeInstagramExport(
      model,
      1,
      { shape: '2025', format: 'json', container: 'folder' },
      path.join(dir, 'export'),
    ).path;
  }

  it('an empty "recently unfollowed" list is nobody; a missing one is unknown', async () => {
    const dir = tempDir();
    const svc = startService(path.join(dir, 'test.db'));
    const folder = folderExport(dir);
    fs.writeFileSync(
      path.join(folder, LISTS, 'recently_unfollowed_profiles.json'),
      JSON.stringify({ relationships_unfollowed_users: [] }),
    );
    fs.rmSync(path.join(folder, LISTS, 'close_friends.json'));
    const [report] = await svc.call('importPaths', { jobId: 'a', paths: [folder] });
    const state = (section: string) => report!.sections.find((s) => s.section === section)?.state;
    expect(state('recentlyUnfollowed')).toBe('empty');
    expect(state('closeFriends')).toBe('absent');
    expect(state('pendingRequests')).toBe('present');
    expect(await svc.call('unfollowedByYou', { accountId: report!.accountId })).toEqual({
      asOf: report!.takenAt,
      rows: [],
    });
  });

  it('an export without the list says nothing about it: null', async () => {
    const dir = tempDir();
    const svc = startService(path.join(dir, 'test.db'));
    const folder = folderExport(dir);
    fs.rmSync(path.join(folder, LISTS, 'recently_unfollowed_profiles.json'));
    const [report] = await svc.call('importPaths', { jobId: 'a', paths: [folder] });
    expect(report!.sections.find((s) => s.section === 'recentlyUnfollowed')?.state).toBe('absent');
    expect(await svc.call('unfollowedByYou', { accountId: report!.accountId })).toBeNull();
  });
});

describe('damaged Instagram and X input', () => {
  async function withGoodImport(dir: string): Promise<TestService> {
    const svc = startService(path.join(dir, 'test.db'));
    const good = writeInstagramExport(
      model,
      0,
      { shape: '2024', format: 'json', container: 'zip' },
      path.join(dir, 'good.zip'),
    ).path;
    await svc.call('importPaths', { jobId: 'good', paths: [good] });
    return svc;
  }

  it('an X data file without its window.YTD line', async () => {
    const dir = tempDir();
    const svc = await withGoodImport(dir);
    const before = await stored(svc);
    const folder = writeXArchive(model, 1, { container: 'folder' }, path.join(dir, 'x')).path;
    const file = path.join(folder, 'data/follower.js');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^window\.YTD\.follower\.part0 = /, ''));
    const error = await svc.fail('importPaths', { jobId: 'x', paths: [folder] });
    expect(error.message).toBe(
      'data/follower.js: not a readable X archive file (it should start with "window.YTD.follower.part0 = [")',
    );
    expect(await stored(svc)).toEqual(before);
  });

  it('Instagram HTML pages that list nobody', async () => {
    const dir = tempDir();
    const svc = await withGoodImport(dir);
    const before = await stored(svc);
    const written = writeInstagramExport(
      model,
      1,
      { shape: '2025', format: 'html', container: 'folder' },
      path.join(dir, 'html'),
    );
    for (const f of written.files.filter((name) => name.startsWith(LISTS))) {
      fs.writeFileSync(
        path.join(written.path, f),
        '<!DOCTYPE html><html><head><title>Followers</title></head><body><h1>Followers</h1></body></html>',
      );
    }
    const error = await svc.fail('importPaths', { jobId: 'h', paths: [written.path] });
    expect(error.message).toBe(
      `${LISTS}/followers_1.html: no accounts in this Instagram page (expected links to instagram.com profiles)`,
    );
    expect(await stored(svc)).toEqual(before);
  });

  it('Instagram JSON cut short', async () => {
    const dir = tempDir();
    const svc = await withGoodImport(dir);
    const before = await stored(svc);
    const folder = writeInstagramExport(
      model,
      1,
      { shape: '2026', format: 'json', container: 'folder', nested: true },
      path.join(dir, 'cut'),
    ).path;
    const top = fs.readdirSync(folder)[0]!;
    const file = path.join(folder, top, LISTS, 'following.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 300));
    const error = await svc.fail('importPaths', { jobId: 'c', paths: [folder] });
    expect(error.message).toBe(
      `${top}/${LISTS}/following.json: not valid JSON (the file is damaged or cut short)`,
    );
    expect(await stored(svc)).toEqual(before);
  });
});
