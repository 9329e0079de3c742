import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDownloadName, readStudioInputs } from '../../../src/main/import/studio';
import { distinctHandles } from '../../../src/main/import/studio/download-name';
import { writeZip } from '../../fixtures/zip';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-unit-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;

const q = (rows: string[][]): string =>
  '\ufeff' + rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\n');

function write(name: string, text: string, mtime?: Date): string {
  const dir = path.join(root, String(n++));
  fs.mkdirSync(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  if (mtime) fs.utimesSync(file, mtime, mtime);
  return file;
}

const EXPORT = Date.UTC(2026, 3, 2, 9); // 2026-04-02

describe('readStudioInputs on small files', () => {
  it('reads the documented Overview row, "undefined" as null and negative comments as given', async () => {
    const file = write(
      'Overview.csv',
      q([
        ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'],
        ['March 31', '10355', '89', '327', '15', '19'],
        ['April 1', 'undefined', '90', '300', '-2', '0'],
      ]),
    );
    const b = await readStudioInputs([file], { exportedAt: EXPORT });
    expect(b.daily).toEqual([
      {
        day: '2026-03-31',
        exportedAt: EXPORT,
        values: { videoViews: 10355, profileViews: 89, likes: 327, comments: 15, shares: 19 },
      },
      {
        day: '2026-04-01',
        exportedAt: EXPORT,
        values: { videoViews: null, profileViews: 90, likes: 300, comments: -2, shares: 0 },
      },
    ]);
    expect(b.files).toEqual(['Overview.csv']);
    expect(b.fileInfo[0]!.kind).toBe('overview');
  });

  it("recognizes headers case- and space-insensitively and ignores the file's follower difference", async () => {
    const file = write(
      'anything.csv',
      q([
        ['DATE ', 'followers', 'Difference in  followers from previous day'],
        ['March 30', '100', '999'],
        ['March 31', '152', '999'],
        ['April 1', '150', '999'],
      ]),
    );
    const b = await readStudioInputs([file], { exportedAt: EXPORT });
    expect(b.fileInfo[0]!.kind).toBe('followerHistory');
    expect(b.daily.map((d) => d.values)).toEqual([
      { followers: 100, netFollowers: null },
      { followers: 152, netFollowers: 52 },
      { followers: 150, netFollowers: -2 },
    ]);
  });

  it('reads Content.csv: post times without a year take the latest such day not after the export', async () => {
    const file = write(
      'Content.csv',
      q([
        [
          'Time',
          'Video title',
          'Video link',
          'Post time',
          'Total likes',
          'Total comments',
          'Total shares',
          'Total views',
        ],
        [
          'April 2',
          'Lip gloss try-on',
          'https://www.tiktok.com/@handle.x/video/7546034661705796877',
          'September 3',
          '109',
          '7',
          '31',
          '154414',
        ],
        [
          'April 2',
          'Fresh',
          'https://www.tiktok.com/@handle.x/video/7546034661705796878',
          'April 1',
          '1',
          '0',
          '0',
          '10',
        ],
      ]),
    );
    const b = await readStudioInputs([file], { exportedAt: EXPORT });
    expect(b.content.map((c) => [c.videoId, c.postedDay, c.likes, c.views])).toEqual([
      ['7546034661705796877', '2025-09-03', 109, 154414],
      ['7546034661705796878', '2026-04-01', 1, 10],
    ]);
    expect(b.handle).toBe('handle.x');
  });

  it('takes the export date and handle from a per-tab ZIP name, over the entry time', async () => {
    const epoch = Math.floor(Date.UTC(2026, 0, 2, 8) / 1000);
    const dir = path.join(root, String(n++));
    fs.mkdirSync(dir);
    const file = path.join(dir, `Overview_2026-01-02_${epoch}_my.handle_1.zip`);
    const csv = q([
      ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'],
      ['December 31', '1', '1', '1', '1', '1'],
      ['January 1', '2', '2', '2', '2', '2'],
    ]);
    writeZip(file, [{ name: 'Overview.csv', data: csv, mtime: new Date(Date.UTC(2030, 5, 1)) }]);
    const b = await readStudioInputs([file], {});
    expect(b.daily.map((d) => d.day)).toEqual(['2025-12-31', '2026-01-01']);
    expect(b.handle).toBe('my.handle_1');
    expect(b.exportedAt).toBe(epoch * 1000);
    expect(b.files).toEqual([`${path.basename(file)}/Overview.csv`]);
  });

  it('uses the ZIP entry time when the name has no date', async () => {
    const dir = path.join(root, String(n++));
    fs.mkdirSync(dir);
    const file = path.join(dir, 'Viewers_someone.zip');
    const csv = q([
      ['Date', 'Total Viewers', 'New Viewers', 'Returning Viewers'],
      ['April 4', '17180', '16582', '598'],
    ]);
    writeZip(file, [{ name: 'Viewers.csv', data: csv, mtime: new Date(Date.UTC(2024, 3, 5, 10)) }]);
    const b = await readStudioInputs([file], {});
    expect(b.daily).toEqual([
      {
        day: '2024-04-04',
        exportedAt: Date.UTC(2024, 3, 5, 10),
        values: { totalViewers: 17180, newViewers: 16582, returningViewers: 598 },
      },
    ]);
    expect(b.exportedAtSource).toBe('ZIP entry time');
    expect(b.handle).toBe('someone');
  });

  it('passes over a 1980 ZIP entry time to the ZIP file time, rounded down to the second', async () => {
    const dir = path.join(root, String(n++));
    fs.mkdirSync(dir);
    const file = path.join(dir, 'Viewers_someone.zip');
    const csv = q([
      ['Date', 'Total Viewers', 'New Viewers', 'Returning Viewers'],
      ['April 4', '17180', '16582', '598'],
    ]);
    writeZip(file, [{ name: 'Viewers.csv', data: csv, mtime: new Date(Date.UTC(1980, 0, 1)) }]);
    const fileTime = Date.UTC(2024, 3, 5, 10, 0, 7);
    fs.utimesSync(file, (fileTime + 0.5678) / 1000, (fileTime + 0.5678) / 1000);
    const b = await readStudioInputs([file], {});
    expect(b.exportedAtSource).toBe('file time');
    expect(b.exportedAt).toBe(fileTime);
    expect(b.daily.map((d) => d.day)).toEqual(['2024-04-04']);
  });

  it('merges overlapping downloads: the newer one wins for a day', async () => {
    const header = ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'];
    const older = write(
      'Overview.csv',
      q([header, ['March 30', '1', '1', '1', '1', '1'], ['March 31', '5', '5', '5', '5', '5']]),
    );
    const newer = write(
      'Overview.csv',
      q([header, ['March 31', '6', '6', '6', '6', '6'], ['April 1', '7', '7', '7', '7', '7']]),
    );
    fs.utimesSync(older, new Date(Date.UTC(2026, 3, 1, 9)), new Date(Date.UTC(2026, 3, 1, 9)));
    fs.utimesSync(newer, new Date(EXPORT), new Date(EXPORT));
    const b = await readStudioInputs([newer, older], {});
    expect(b.daily.map((d) => [d.day, d.values.videoViews])).toEqual([
      ['2026-03-30', 1],
      ['2026-03-31', 6],
      ['2026-04-01', 7],
    ]);
  });

  it('reads follower activity, gender and territories', async () => {
    const act = write(
      'FollowerActivity.csv',
      q([
        ['Date', 'Hour', 'Active followers'],
        ['April 1', '0', '491'],
        ['April 1', '1', 'undefined'],
      ]),
    );
    const gender = write(
      'FollowerGender.csv',
      q([
        ['Gender', 'Distribution'],
        ['Female', '0.59'],
        ['Male', '0.41'],
      ]),
    );
    const terr = write(
      'FollowerTopTerritories.csv',
      q([
        ['Top territories', 'Distribution'],
        ['US', '0.462'],
        ['Others', '0.538'],
      ]),
    );
    const b = await readStudioInputs([act, gender, terr], { exportedAt: EXPORT });
    expect(b.activity.map((a) => [a.day, a.hour, a.active])).toEqual([
      ['2026-04-01', 0, 491],
      ['2026-04-01', 1, null],
    ]);
    expect(b.distributions.map((d) => [d.kind, d.key, d.share])).toEqual([
      ['gender', 'Female', 0.59],
      ['gender', 'Male', 0.41],
      ['territory', 'US', 0.462],
      ['territory', 'Others', 0.538],
    ]);
    expect(b.daily).toEqual([]);
  });

  it('gives clear errors naming the file', async () => {
    const short = write(
      'Overview.csv',
      q([
        ['Date', 'Video Views', 'Profile Views'],
        ['March 31', '1', '2'],
        ['April 1', '1'],
      ]),
    );
    await expect(readStudioInputs([short], { exportedAt: EXPORT })).rejects.toThrow(
      'Overview.csv: row 3 has 2 fields, expected 3',
    );
    const badDate = write(
      'Overview.csv',
      q([
        ['Date', 'Likes'],
        ['Smarch 13', '1'],
      ]),
    );
    await expect(readStudioInputs([badDate], { exportedAt: EXPORT })).rejects.toThrow(
      /^Overview\.csv: row 2 has a date this reader does not know: "Smarch 13"$/,
    );
    const other = write('notes.csv', 'Name,Age\nBob,3\n');
    await expect(readStudioInputs([other], {})).rejects.toThrow(
      /^notes\.csv: no TikTok Studio analytics file found$/,
    );
    await expect(readStudioInputs([path.join(root, 'missing.csv')], {})).rejects.toThrow(/missing\.csv/);
  });

  it('warns about a file it does not know among ones it does, and about numbers it cannot read', async () => {
    const ok = write(
      'Overview.csv',
      q([
        ['Date', 'Likes'],
        ['April 1', 'lots'],
      ]),
    );
    const other = write('notes.csv', 'Name,Age\nBob,3\n');
    const b = await readStudioInputs([ok, other], { exportedAt: EXPORT });
    expect(b.files).toEqual(['Overview.csv']);
    expect(b.daily[0]!.values.likes).toBeNull();
    expect(b.warnings.some((w) => w.startsWith('notes.csv: not a TikTok Studio analytics file'))).toBe(true);
    expect(
      b.warnings.some((w) => w.startsWith('Overview.csv: "likes" has values that are not numbers')),
    ).toBe(true);
  });

  it('warns when the last day is far from the export date', async () => {
    const f = write(
      'Overview.csv',
      q([
        ['Date', 'Likes'],
        ['March 1', '1'],
      ]),
    );
    const b = await readStudioInputs([f], { exportedAt: EXPORT });
    expect(b.daily[0]!.day).toBe('2026-03-01');
    expect(b.warnings.join('\n')).toMatch(
      /Overview\.csv: the last day \(2026-03-01\) is 32 days before the export date 2026-04-02/,
    );
  });

  it('refuses a ZIP with a path-traversal entry, naming it', async () => {
    const dir = path.join(root, String(n++));
    fs.mkdirSync(dir);
    const file = path.join(dir, 'Followers_x.zip');
    writeZip(file, [{ name: '../Overview.csv', data: 'x' }]);
    await expect(readStudioInputs([file], {})).rejects.toThrow(/Followers_x\.zip/);
  });
});

describe('a folder of downloads', () => {
  it('reads the per-tab ZIPs and loose files inside, each dated on its own', async () => {
    const dir = path.join(root, String(n++));
    fs.mkdirSync(dir);
    const epoch = Math.floor(Date.UTC(2026, 0, 2, 8) / 1000);
    const header = ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'];
    writeZip(path.join(dir, `Overview_2026-01-02_${epoch}_folder.user.zip`), [
      { name: 'Overview.csv', data: q([header, ['January 1', '2', '2', '2', '2', '2']]) },
    ]);
    const loose = path.join(dir, 'Viewers.csv');
    fs.writeFileSync(
      loose,
      q([
        ['Date', 'Total Viewers', 'New Viewers', 'Returning Viewers'],
        ['December 31', '5', '4', '1'],
      ]),
    );
    fs.utimesSync(loose, new Date(Date.UTC(2026, 0, 1, 9)), new Date(Date.UTC(2026, 0, 1, 9)));
    const b = await readStudioInputs([dir], {});
    expect(b.daily.map((d) => [d.day, d.values.videoViews ?? d.values.totalViewers])).toEqual([
      ['2025-12-31', 5],
      ['2026-01-01', 2],
    ]);
    expect(b.handle).toBe('folder.user');
    expect(b.files.map((f) => path.basename(f))).toEqual(['Overview.csv', 'Viewers.csv']);
  });
});

describe('readDownloadName', () => {
  it('reads the epoch, the date and the handle', () => {
    expect(readDownloadName('Overview_2025-03-14_1741910400_some.handle.zip')).toEqual({
      exportedAt: 1741910400000,
      handle: 'some.handle',
    });
    expect(readDownloadName('Overview_2025-03-14_x.zip')).toEqual({
      exportedAt: Date.UTC(2025, 2, 14, 12),
      handle: 'x',
    });
    expect(readDownloadName('Followers_glow.daily (1).zip')).toEqual({
      exportedAt: null,
      handle: 'glow.daily',
    });
    expect(readDownloadName('Overview.csv')).toEqual({ exportedAt: null, handle: null });
  });
});

describe('repeat-download names', () => {
  it('strip the -2 and tab suffixes from handles and name no one for Content_2', () => {
    expect(readDownloadName('Followers_glow.daily-2_FollowerGender.csv').handle).toBe('glow.daily');
    expect(readDownloadName('Followers_glow.daily_FollowerGender.csv').handle).toBe('glow.daily');
    expect(readDownloadName('Content_2.csv').handle).toBeNull();
    expect(readDownloadName('Viewers_2.csv').handle).toBeNull();
  });

  it('fold a _2 into the handle it repeats, and keep a handle that only ends in digits', () => {
    expect(distinctHandles(['mira', 'mira_2', 'MIRA'])).toEqual(['mira']);
    expect(distinctHandles(['user_2'])).toEqual(['user_2']);
  });
});

describe('several accounts and cancelling', () => {
  const gender = q([
    ['Gender', 'Distribution'],
    ['Female', '0.6'],
  ]);

  it('warns about downloads of different accounts only when no account is named', async () => {
    const dir = path.join(root, String(n++));
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'Followers_one.acct_FollowerGender.csv'), gender);
    fs.writeFileSync(path.join(dir, 'Followers_two.acct_FollowerGender.csv'), gender);
    const unnamed = await readStudioInputs([dir], { exportedAt: EXPORT });
    expect(unnamed.warnings).toEqual([
      'the files name different accounts (one.acct, two.acct); using one.acct',
    ]);
    const named = await readStudioInputs([dir], { exportedAt: EXPORT, account: 'one.acct' });
    expect(named.warnings).toEqual([]);
  });

  it('stops when the import is cancelled', async () => {
    const file = write('Followers_x_FollowerGender.csv', gender);
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    await expect(readStudioInputs([file], { signal: controller.signal })).rejects.toThrow(
      'cancelled by the user',
    );
  });
});
