// Opening what the user gave: ZIPs (real and hostile), bare files, folders, symlinks, cancellation.
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createZip, createZipBomb, writeZip } from '../../fixtures/zip';
import { ImportInputError } from '../../../src/main/import/sink';
import { openImportSource } from '../../../src/main/import/source';
import type { OpenSourceOptions } from '../../../src/main/import/source';
import { readTikTokAccountExport } from '../../../src/main/import/tiktok';
import { CollectingSink, importPath, tempDir, utc, writeFile } from './helpers';

const root = tempDir();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string): string => {
  const dir = path.join(root, `${n++}`);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
};

const exportJson = JSON.stringify({
  'Your Activity': { Follower: { FansList: [{ Date: '2025-10-01 09:31:12', UserName: 'fan.one' }] } },
});

async function refusal(input: string, options: OpenSourceOptions = {}): Promise<string> {
  const err = await (async () => {
    const source = await openImportSource(input, options);
    try {
      await readTikTokAccountExport(source, new CollectingSink(), options.signal);
    } finally {
      await source.close();
    }
  })().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'expected a refusal').toBeInstanceOf(ImportInputError);
  return (err as Error).message;
}

describe('ZIP sources', () => {
  it('reads a JSON export from a ZIP, dated by the newest entry time', async () => {
    const file = fresh('export.zip');
    writeZip(file, [
      { name: 'TikTok_Data/', data: '', mtime: new Date('2020-01-01T00:00:00Z') },
      {
        name: 'TikTok_Data/user_data_tiktok.json',
        data: exportJson,
        mtime: new Date('2025-11-02T03:04:05Z'),
      },
      {
        name: 'TikTok_Data/notes.txt',
        data: 'hello',
        mtime: new Date('2025-11-01T00:00:00Z'),
        method: 'store',
      },
    ]);
    const { sink, description } = await importPath(file);
    expect(description).toMatchObject({ format: 'json', layout: 'B', sourceName: 'export.zip' });
    expect(description.containerTime).toBe(Date.parse('2025-11-02T03:04:05Z'));
    expect(sink.followers).toEqual([{ username: 'fan.one', at: utc('2025-10-01 09:31:12') }]);
  });

  it('reads a TXT export from a ZIP nested one folder deeper', async () => {
    const file = fresh('txt.zip');
    writeZip(file, [
      { name: 'data/Activity/Follower List.txt', data: 'Date: 2020-08-07 01:29:59\nUsername: a\n' },
      { name: 'data/Activity/Following List.txt', data: 'Date: 2020-08-07 01:29:59\nUsername: b\n' },
    ]);
    const { sink, description } = await importPath(file);
    expect(description.layout).toBe('txt');
    expect(sink.followers.map((f) => f.username)).toEqual(['a']);
    expect(sink.followings.map((f) => f.username)).toEqual(['b']);
  });

  it.each([
    ['../evil.txt', /unsafe entry path.*\.\.\/evil\.txt/],
    ['ok/../../evil.txt', /unsafe entry path/],
    ['/etc/passwd', /unsafe entry path.*absolute path/],
    ['C:/Windows/evil.txt', /unsafe entry path.*absolute path/],
    ['..\\..\\evil.txt', /unsafe entry path/],
  ])('refuses the entry path %s', async (name, pattern) => {
    const file = fresh('hostile.zip');
    writeZip(file, [
      { name: 'user_data_tiktok.json', data: exportJson },
      { name, data: 'x' },
    ]);
    const message = await refusal(file);
    expect(message).toMatch(/^hostile\.zip: /);
    expect(message).toMatch(pattern);
  });

  it('refuses a ZIP bomb by its compression ratio before inflating it', async () => {
    const file = fresh('bomb.zip');
    fs.writeFileSync(file, createZipBomb(16 * 1024 * 1024));
    expect(await refusal(file)).toMatch(
      /^bomb\.zip: ZIP entry bomb\.bin has a compression ratio of \d+:1, over the 200:1 limit/,
    );
  });

  it('refuses entries and totals over the size limits', async () => {
    const file = fresh('big.zip');
    writeZip(file, [
      { name: 'user_data_tiktok.json', data: exportJson + ' '.repeat(2000) },
      { name: 'b.txt', data: 'y'.repeat(900) },
    ]);
    expect(await refusal(file, { limits: { maxEntryBytes: 1000 } })).toMatch(
      /big\.zip: ZIP entry user_data_tiktok\.json would inflate to \d+ bytes, over the 1000-byte limit; refused/,
    );
    expect(await refusal(file, { limits: { maxTotalBytes: 2500 } })).toMatch(
      /more than 2500 bytes in total; refused/,
    );
    expect(await refusal(file, { limits: { maxEntries: 1 } })).toMatch(/more than 1 entries; refused/);
  });

  it('refuses an entry that inflates to more than its header says', async () => {
    const file = fresh('liar.zip');
    writeZip(file, [{ name: 'user_data_tiktok.json', data: exportJson }], { lieUncompressedSize: 10 });
    expect(await refusal(file)).toMatch(/^liar\.zip\/user_data_tiktok\.json: .*larger than its header says/);
  });

  it('refuses a truncated ZIP', async () => {
    const whole = createZip([{ name: 'user_data_tiktok.json', data: exportJson }]);
    for (const cut of [10, Math.floor(whole.length / 2), whole.length - 5]) {
      const file = fresh('cut.zip');
      fs.writeFileSync(file, whole.subarray(0, cut));
      expect(await refusal(file), `cut at ${cut}`).toMatch(/^cut\.zip: the ZIP is truncated or damaged/);
    }
  });

  it('refuses a ZIP holding no export', async () => {
    const file = fresh('photos.zip');
    writeZip(file, [
      { name: 'a.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
      { name: 'notes.txt', data: 'hello' },
    ]);
    expect(await refusal(file)).toBe(
      'photos.zip: not a TikTok export (expected the account export JSON or TXT files, or TikTok Studio CSV/XLSX)',
    );
  });
});

describe('files and folders', () => {
  it('refuses an empty file, a missing path, a non-export file and a non-JSON .json', async () => {
    expect(await refusal(writeFile(root, 'e/empty.json', ''))).toBe('empty.json: the file is empty');
    expect(await refusal(path.join(root, 'nope.zip'))).toBe('nope.zip: no such file or folder');
    expect(await refusal(writeFile(root, 'e/letter.txt', 'Dear diary,\ntoday nothing.\n'))).toMatch(
      /^letter\.txt: not a TikTok export/,
    );
    expect(await refusal(writeFile(root, 'e/user_data.json', 'this is not json'))).toMatch(
      /^user_data\.json: not a TikTok export/,
    );
    expect(await refusal(writeFile(root, 'e/list.json', '[1,2,3]'))).toMatch(
      /^list\.json: not a TikTok export/,
    );
  });

  it('refuses an empty folder and a folder without an export', async () => {
    const empty = path.join(root, 'empty-dir');
    fs.mkdirSync(empty);
    expect(await refusal(empty)).toBe('empty-dir: the folder is empty');
    const other = path.join(root, 'holiday');
    writeFile(other, 'a.jpg', 'jpeg');
    writeFile(other, 'b/notes.txt', 'hello');
    expect(await refusal(other)).toBe('holiday: no TikTok export found in this folder (looked at 2 files)');
  });

  it('refuses a symlink that escapes the folder, follows one that stays inside', async () => {
    const secret = writeFile(root, 'outside/secret.txt', 'Date: 2020-01-01 00:00:00\nUsername: leaked\n');
    const dir = path.join(root, 'linked');
    writeFile(dir, 'data/Follower List.txt', 'Date: 2020-08-07 01:29:59\nUsername: a\n');
    fs.symlinkSync(path.join(dir, 'data/Follower List.txt'), path.join(dir, 'Follower.txt'));
    const { sink } = await importPath(dir);
    expect(sink.followers.map((f) => f.username)).toEqual(['a', 'a']);
    fs.symlinkSync(secret, path.join(dir, 'data/Following.txt'));
    expect(await refusal(dir)).toBe('linked: data/Following.txt is a link to outside the folder; refused');
  });

  it('stops when cancelled, with the signal reason', async () => {
    const many = Array.from({ length: 60_000 }, (_, i) => ({
      Date: '2025-01-01 00:00:00',
      UserName: `user_${i}`,
    }));
    const file = writeFile(
      root,
      'c/user_data_tiktok.json',
      JSON.stringify({ 'Your Activity': { Follower: { FansList: many } } }),
    );
    const controller = new AbortController();
    const sink = new CollectingSink();
    sink.progress = () => controller.abort(new Error('user cancelled'));
    const source = await openImportSource(file, { signal: controller.signal });
    await expect(readTikTokAccountExport(source, sink, controller.signal)).rejects.toThrow('user cancelled');
    await source.close();
    expect(sink.followers.length).toBeGreaterThan(0);
    expect(sink.followers.length).toBeLessThan(60_000);
    const already = AbortSignal.abort(new Error('too late'));
    await expect(openImportSource(file, { signal: already })).rejects.toThrow('too late');
  });
});
