// Instagram and X exports of every generated shape imported through the real service into a real
// database: followers, following, mutuals, fans not followed back, not following back, unfollowers
// between two exports and Instagram's own "recently unfollowed" list checked against the generator's
// truth; damaged input refused with `<file>: <problem>` and the database left as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { AudienceListKind } from '../../../src/shared/domain';
import { fansNotFollowedBack, generateHistory, mutuals, notFollowingBack } from '../../fixtures/history';
import { writeInstagramExport, type InstagramExportOptions } from '../../fixtures/instagram/export';
import { instagramLists } from '../../fixtures/instagram/lists';
import { writeXArchive, xIdFor } from '../../fixtures/x/archive';
import { startService, type TestService } from './service-helpers';

const USER = 'ig.creator';
const model = generateHistory({
  seed: 5,
  username: USER,
  startFollowers: 240,
  followingCount: 120,
  snapshots: 2,
  months: 6,
});
const [first, last] = [model.snapshots[0]!, model.snapshots[1]!];
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-platforms-'));
  dirs.push(dir);
  return dir;
}

async function names(svc: TestService, accountId: number, list: AudienceListKind): Promise<string[]> {
  const page = await svc.call('audienceList', { accountId, list, limit: 5000 });
  expect(page.total).toBe(page.rows.length);
  return page.rows.map((r) => r.username.toLowerCase()).sort();
}

const lower = (list: readonly string[]) => list.map((n) => n.toLowerCase()).sort();

async function importTwo(svc: TestService, files: [string, string], account?: string) {
  const reports = [];
  for (const [i, file] of files.entries()) {
    const [report] = await svc.call('importPaths', {
      jobId: `job-${i}`,
      paths: [file],
      ...(account ? { account } : {}),
    });
    reports.push(report!);
  }
  return reports;
}

const instagramCases: Array<{
  name: string;
  options: InstagramExportOptions;
  account?: string;
  appTimeZone?: string;
}> = [
  { name: 'JSON 2024, ZIP', options: { shape: '2024', format: 'json', container: 'zip' } },
  {
    name: 'JSON 2024, folder, split followers',
    options: { shape: '2024', format: 'json', container: 'folder', followersPerFile: 100 },
  },
  {
    name: 'JSON 2025, folder nested',
    options: { shape: '2025', format: 'json', container: 'folder', nested: true },
  },
  {
    name: 'JSON 2025, ZIP nested',
    options: { shape: '2025', format: 'json', container: 'zip', nested: true },
  },
  {
    name: 'JSON 2026 (label_values), ZIP nested, split followers',
    options: { shape: '2026', format: 'json', container: 'zip', nested: true, followersPerFile: 50 },
  },
  {
    name: 'JSON 2026 (label_values), folder',
    options: { shape: '2026', format: 'json', container: 'folder' },
  },
  {
    name: 'HTML, ZIP (username from personal_information.html)',
    options: { shape: '2025', format: 'html', container: 'zip', timeZone: 'UTC' },
  },
  {
    name: "HTML 2024, folder nested, split, no personal information (account named, times in the app's zone)",
    options: {
      shape: '2024',
      format: 'html',
      container: 'folder',
      nested: true,
      followersPerFile: 70,
      personalInfo: false,
      timeZone: 'Asia/Tokyo',
    },
    account: USER,
    appTimeZone: 'Asia/Tokyo',
  },
];

describe('Instagram exports through the service', () => {
  for (const c of instagramCases) {
    it(`${c.name}: lists, unfollowers and unfollowed-by-you agree with the generator`, async () => {
      const dir = tempDir();
      const ext = c.options.container === 'zip' ? '.zip' : '';
      const files = [0, 1].map(
        (i) => writeInstagramExport(model, i, c.options, path.join(dir, `ig-${i}${ext}`)).path,
      );
      const dbPath = path.join(dir, 'test.db');
      const svc = startService(dbPath);
      if (c.appTimeZone) await svc.call('setTimeZone', { timeZone: c.appTimeZone });
      const reports = await importTwo(svc, files as [string, string], c.account);
      expect(reports.map((r) => [r.platform, r.account, r.format, r.layout])).toEqual([
        ['instagram', USER, c.options.format, null],
        ['instagram', USER, c.options.format, null],
      ]);
      expect(reports[1]!.counts.followers).toBe(last.followers.length);
      expect(reports[1]!.counts.following).toBe(last.following.length);
      // Instagram's follower files carry no posts: unknown, not zero (and not worth a warning each time).
      expect(reports[1]!.counts.posts).toBeNull();
      expect(reports[1]!.warnings).toEqual([]);
      const accountId = reports[1]!.accountId;
      const summary = await svc.call('summary', { accountId });
      expect(summary.platform).toBe('instagram');
      expect(await names(svc, accountId, 'mutuals')).toEqual(lower(mutuals(last)));
      expect(await names(svc, accountId, 'fans-not-followed-back')).toEqual(lower(fansNotFollowedBack(last)));
      expect(await names(svc, accountId, 'not-following-back')).toEqual(lower(notFollowingBack(last)));
      expect(await names(svc, accountId, 'unfollowers')).toEqual(
        lower(last.truth.lost.map((r) => r.username)),
      );
      expect(last.truth.lost.length).toBeGreaterThan(0);
      expect(await names(svc, accountId, 'new-followers')).toEqual(
        lower(last.truth.gained.map((r) => r.username)),
      );
      // Follow times as the generator made them: HTML's wall-clock minutes read in the app's zone.
      const page = await svc.call('audienceList', { accountId, list: 'mutuals', limit: 5000 });
      const truthAt = new Map(last.followers.map((r) => [r.username.toLowerCase(), r.followedAtMs]));
      const minute = c.options.format === 'html' ? 60_000 : 1000;
      for (const row of page.rows.slice(0, 20)) {
        const at = truthAt.get(row.username.toLowerCase())!;
        expect(Date.parse(row.followedAt!)).toBe(Math.floor(at / minute) * minute);
      }
      const byYou = await svc.call('unfollowedByYou', { accountId });
      expect(byYou!.asOf).toBe(reports[1]!.takenAt);
      expect(lower(byYou!.rows.map((r) => r.username))).toEqual(
        lower(last.truth.unfollowed.map((r) => r.username)),
      );
      svc.service.close();
      const db = new Database(dbPath, { readonly: true });
      const unfollowedByYou = db
        .prepare(
          `SELECT username FROM own_list_entries WHERE list = 'recentlyUnfollowed'
              AND snapshot_id = ? ORDER BY username`,
        )
        .pluck()
        .all(reports[1]!.snapshotId) as string[];
      db.close();
      expect(lower(unfollowedByYou)).toEqual(
        lower(instagramLists(model, 1).recentlyUnfollowed.map((r) => r.username)),
      );
      expect(unfollowedByYou.length).toBe(last.truth.unfollowed.length);
      expect(first.followers.length).toBeGreaterThan(0);
    });
  }

  it('a damaged Instagram file is refused as `<file>: <problem>` and the database is unchanged', async () => {
    const dir = tempDir();
    const svc = startService(path.join(dir, 'test.db'));
    const good = writeInstagramExport(
      model,
      0,
      { shape: '2025', format: 'json', container: 'folder' },
      path.join(dir, 'good'),
    ).path;
    await svc.call('importPaths', { jobId: 'a', paths: [good] });
    const before = await svc.call('listAccounts', {});
    const bad = writeInstagramExport(
      model,
      1,
      { shape: '2025', format: 'json', container: 'folder' },
      path.join(dir, 'bad'),
    ).path;
    const followers = path.join(bad, 'connections/followers_and_following/followers_1.json');
    fs.writeFileSync(followers, fs.readFileSync(followers, 'utf8').slice(0, 400));
    const error = await svc.fail('importPaths', { jobId: 'b', paths: [bad] });
    expect(error.message).toBe(
      'connections/followers_and_following/followers_1.json: not valid JSON (the file is damaged or cut short)',
    );
    expect(await svc.call('listAccounts', {})).toEqual(before);
  });
});

describe('X archives through the service', () => {
  it('followers and following by id, unfollowers between two archives by id', async () => {
    const dir = tempDir();
    const files = [0, 1].map(
      (i) => writeXArchive(model, i, { container: 'zip' }, path.join(dir, `x-${i}.zip`)).path,
    );
    const svc = startService(path.join(dir, 'test.db'));
    const reports = await importTwo(svc, files as [string, string]);
    expect(reports.map((r) => [r.platform, r.account, r.format])).toEqual([
      ['x', USER, 'js'],
      ['x', USER, 'js'],
    ]);
    const accountId = reports[1]!.accountId;
    const ids = (list: readonly string[]) => list.map(xIdFor).sort();
    expect(reports[1]!.counts.followers).toBe(last.followers.length);
    expect(reports[1]!.counts.following).toBe(last.following.length);
    const summary = await svc.call('summary', { accountId });
    expect(summary.platform).toBe('x');
    expect(summary.mutuals).toBe(mutuals(last).length);
    expect(summary.followers).toBe(last.followers.length);
    expect(summary.following).toBe(last.following.length);
    expect(await names(svc, accountId, 'mutuals')).toEqual(ids(mutuals(last)));
    expect(await names(svc, accountId, 'fans-not-followed-back')).toEqual(ids(fansNotFollowedBack(last)));
    expect(await names(svc, accountId, 'not-following-back')).toEqual(ids(notFollowingBack(last)));
    expect(await names(svc, accountId, 'unfollowers')).toEqual(ids(last.truth.lost.map((r) => r.username)));
    // X has no list of the accounts you unfollowed: unknown, not an empty list.
    expect(await svc.call('unfollowedByYou', { accountId })).toBeNull();
  });

  it('an X archive and an Instagram export of the same name are two accounts', async () => {
    const dir = tempDir();
    const svc = startService(path.join(dir, 'test.db'));
    const x = writeXArchive(model, 1, { container: 'zip' }, path.join(dir, 'x.zip')).path;
    const ig = writeInstagramExport(
      model,
      1,
      { shape: '2025', format: 'json', container: 'zip' },
      path.join(dir, 'ig.zip'),
    ).path;
    await svc.call('importPaths', { jobId: 'a', paths: [x, ig] });
    const accounts = await svc.call('listAccounts', {});
    expect(accounts.map((a) => [a.platform, a.username]).sort()).toEqual([
      ['instagram', USER],
      ['x', USER],
    ]);
  });

  it('a damaged X file is refused as `<file>: <problem>` and nothing is stored', async () => {
    const dir = tempDir();
    const svc = startService(path.join(dir, 'test.db'));
    const folder = writeXArchive(model, 1, { container: 'folder' }, path.join(dir, 'x')).path;
    fs.writeFileSync(path.join(folder, 'data/following.js'), 'window.YTD.following.part0 = [{"following": ');
    const error = await svc.fail('importPaths', { jobId: 'a', paths: [folder] });
    expect(error.message).toBe('data/following.js: not a readable X archive file (damaged or cut short)');
    expect(await svc.call('listAccounts', {})).toEqual([]);
  });
});
