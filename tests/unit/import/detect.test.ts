// Classification from content: account exports vs TikTok Studio downloads vs anything else.
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateStudio } from '../../fixtures/studio/model';
import { STUDIO_FILES, renderStudioFile, writeStudioDownloads } from '../../fixtures/studio/downloads';
import { writeZip } from '../../fixtures/zip';
import { accountBytesToRead, detectImport } from '../../../src/main/import/detect';
import type { ImportDetection } from '../../../src/main/import/detect';
import { openImportSource } from '../../../src/main/import/source';
import { ImportInputError } from '../../../src/main/import/sink';
import { tempDir, writeFile } from './helpers';

const root = tempDir();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const studio = generateStudio({ seed: 3, handle: 'gen.creator', days: 10 });

async function detect(input: string): Promise<ImportDetection> {
  const source = await openImportSource(input);
  try {
    return await detectImport(source);
  } finally {
    await source.close();
  }
}

const TABLE_OF: Record<string, string> = {
  Overview: 'overview',
  Viewers: 'viewers',
  FollowerHistory: 'followerHistory',
  FollowerActivity: 'followerActivity',
  FollowerGender: 'followerGender',
  FollowerTopTerritories: 'followerTerritories',
  Content: 'content',
};

describe('detectImport', () => {
  it('recognizes an account JSON by its content, whatever its name', async () => {
    const file = writeFile(
      root,
      'a/renamed-download.dat',
      JSON.stringify({ 'Your Activity': { Follower: { FansList: [] } } }),
    );
    const d = await detect(file);
    expect(d).toMatchObject({
      kind: 'tiktok-account',
      format: 'json',
      entry: { name: 'renamed-download.dat' },
    });
  });

  it('prefers user_data_tiktok.json when a ZIP holds several JSON files', async () => {
    const file = path.join(root, 'b/export.zip');
    const doc = JSON.stringify({ Activity: { 'Follower List': { FansList: [] } } });
    writeZip(file, [
      { name: 'x/big.json', data: doc + ' '.repeat(5000) },
      { name: 'x/user_data_tiktok.json', data: doc },
    ]);
    expect(await detect(file)).toMatchObject({ format: 'json', entry: { name: 'x/user_data_tiktok.json' } });
  });

  it('recognizes the TXT layout and maps each file to its section', async () => {
    const dir = path.join(root, 'c');
    writeFile(dir, 'Activity/Follower List.txt', 'Date: 2020-08-07 01:29:59\nUsername: a\n');
    writeFile(dir, 'Activity/Login History.txt', 'Date: 2020-08-07 01:29:59\nIP: 203.0.113.1\n');
    writeFile(dir, 'Videos/Videos.txt', 'You have no data in this section');
    const d = await detect(dir);
    expect(d.kind).toBe('tiktok-account');
    if (d.kind !== 'tiktok-account' || d.format !== 'txt') throw new Error('expected txt');
    expect(d.files.map((f) => [f.entry.name, f.section])).toEqual([
      ['Activity/Follower List.txt', 'followers'],
      ['Videos/Videos.txt', 'posts'],
    ]);
    expect(accountBytesToRead(d)).toBe(
      d.files.reduce((n, f) => n + fs.statSync(path.join(dir, f.entry.name)).size, 0),
    );
  });

  it.each(['csv', 'xlsx'] as const)('recognizes every Studio %s file, loose and zipped', async (format) => {
    const loose = path.join(root, `studio-${format}-loose`);
    const files = writeStudioDownloads(studio, { format, container: 'files' }, loose);
    for (const file of files) {
      const d = await detect(file);
      const stem = path.basename(file).replace(/\.\w+$/, '');
      if (format === 'xlsx')
        expect(d, stem).toEqual({ kind: 'tiktok-studio', files: [], sourceIsXlsx: true });
      else
        expect(d, stem).toMatchObject({ kind: 'tiktok-studio', files: [{ format, table: TABLE_OF[stem] }] });
    }
    const zips = writeStudioDownloads(studio, { format }, path.join(root, `studio-${format}-zip`));
    const followers = zips.find((z) => path.basename(z).startsWith('Followers_'))!;
    const d = await detect(followers);
    if (d.kind !== 'tiktok-studio') throw new Error('expected studio');
    expect(d.files.map((f) => [f.format, f.table]).sort()).toEqual(
      ['followerActivity', 'followerGender', 'followerHistory', 'followerTerritories'].map((t) => [
        format,
        t,
      ]),
    );
  });

  it('recognizes a folder of per-tab Studio ZIPs by what the ZIPs hold', async () => {
    const dir = path.join(root, 'studio-zip-folder');
    const zips = writeStudioDownloads(studio, {}, dir);
    const d = await detect(dir);
    if (d.kind !== 'tiktok-studio') throw new Error('expected studio');
    expect(d.files.map((f) => f.entry.name).sort()).toEqual(zips.map((z) => path.basename(z)).sort());
    expect(d.files.every((f) => f.format === 'zip')).toBe(true);
  });

  it('recognizes the Business-account CSV shape', async () => {
    const file = writeFile(
      root,
      'biz/Overview.csv',
      renderStudioFile(studio, 'Overview', { business: true }),
    );
    expect(await detect(file)).toMatchObject({ kind: 'tiktok-studio', files: [{ table: 'overview' }] });
    expect(STUDIO_FILES.length).toBe(7);
  });

  it('refuses a CSV or a spreadsheet that is not from TikTok Studio, naming the file', async () => {
    const csv = writeFile(root, 'other/budget.csv', 'Item,Cost\nTea,3\n');
    await expect(detect(csv)).rejects.toThrow(
      new ImportInputError(
        'budget.csv',
        'not a TikTok export (expected the account export JSON or TXT files, or TikTok Studio CSV/XLSX)',
      ),
    );
    const xlsx = path.join(root, 'other/budget.xlsx');
    writeZip(xlsx, [
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: '<worksheet><c t="inlineStr"><is><t>Tea</t></is></c></worksheet>',
      },
    ]);
    await expect(detect(xlsx)).rejects.toThrow(
      'budget.xlsx: a spreadsheet that is not a TikTok Studio download',
    );
  });
});
