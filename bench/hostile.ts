// `npm run bench:hostile`: pathological inputs for every reader (long tokens, many quotes, deep nesting,
// many keys, long lines), each imported through the real service into a fresh database at two sizes.
// Prints seconds and seconds per MB of the hostile payload (uncompressed); a reader is linear when the per-MB time stays flat as the input
// grows (the ratio column ≈ 1; over 2 is flagged). Studio readers are measured at smaller sizes.
//   npm run bench:hostile [-- --scale 1]   (sizes are multiplied by --scale)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createService } from '../src/main/service/service';
import { readZipEntries } from '../tests/fixtures/read-zip';
import { studioCsv } from '../tests/fixtures/studio/csv';
import { studioTables } from '../tests/fixtures/studio/downloads';
import { generateStudio } from '../tests/fixtures/studio/model';
import { createXlsx } from '../tests/fixtures/studio/xlsx';
import { createZip } from '../tests/fixtures/zip';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);
const MB = 1024 * 1024;

interface Hostile {
  reader: 'json' | 'txt' | 'zip' | 'studio-csv' | 'studio-xlsx';
  label: string;
  name: string;
  /** Sizes in bytes to compare (the second is 4x the first). */
  sizes: [number, number];
  make(bytes: number): Buffer | Promise<Buffer>;
}

const profile = '"Profile":{"Profile Information":{"ProfileMap":{"userName":"hostile.maker"}}}';
const followers = (inner: string) => `{${profile},"Activity":{"Follower List":{"FansList":[${inner}]}}}`;
const record = (i: number) => `{"Date":"2025-01-01 10:00:00","UserName":"user${i}"}`;
const big: [number, number] = [2 * MB * scale, 8 * MB * scale];
const small: [number, number] = [16 * 1024 * scale, 64 * 1024 * scale];

// A genuine Studio Overview table (recognized header and rows), so the hostile part is actually parsed.
const overview = studioTables(generateStudio({ seed: 1, handle: 'hostile.maker', days: 10 })).Overview;
const overviewCsv = studioCsv(overview);

const cases: Hostile[] = [
  {
    reader: 'json',
    label: 'long string token',
    name: 'user_data_tiktok.json',
    sizes: big,
    make: (n) =>
      Buffer.from(followers(`{"Date":"2025-01-01 10:00:00","UserName":"a","Bio":"${'x'.repeat(n)}"}`)),
  },
  {
    reader: 'json',
    label: 'many escaped quotes',
    name: 'user_data_tiktok.json',
    sizes: big,
    make: (n) => Buffer.from(followers(`{"UserName":"a","Bio":"${'\\"'.repeat(n / 2)}"}`)),
  },
  {
    reader: 'json',
    label: 'many backslashes',
    name: 'user_data_tiktok.json',
    sizes: big,
    make: (n) => Buffer.from(`{${profile},"Other":"${'\\\\'.repeat(n / 2)}","Activity":{}}`),
  },
  {
    reader: 'json',
    label: 'deep nesting (skipped)',
    name: 'user_data_tiktok.json',
    sizes: big,
    make: (n) => Buffer.from(`{${profile},"Other":${'['.repeat(n / 2)}${']'.repeat(n / 2)}}`),
  },
  {
    reader: 'json',
    label: 'deep nesting (in a record)',
    name: 'user_data_tiktok.json',
    sizes: big,
    make: (n) => Buffer.from(followers(`{"UserName":"a","X":${'['.repeat(n / 2)}${']'.repeat(n / 2)}}`)),
  },
  {
    reader: 'json',
    label: 'many keys in one object',
    name: 'user_data_tiktok.json',
    sizes: big,
    make: (n) => {
      const keys = Array.from({ length: Math.floor(n / 16) }, (_, i) => `"k${i}":${i}`);
      return Buffer.from(`{${profile},"Other":{${keys.join(',')}}}`);
    },
  },
  {
    reader: 'json',
    label: 'many records (one line)',
    name: 'user_data_tiktok.json',
    sizes: big,
    make: (n) => {
      const count = Math.floor(n / 52);
      return Buffer.from(followers(Array.from({ length: count }, (_, i) => record(i)).join(',')));
    },
  },
  {
    reader: 'txt',
    label: 'one long line',
    name: 'TikTok_Data.zip',
    sizes: big,
    make: (n) =>
      createZip([
        { name: 'Profile Info.txt', data: 'Username: hostile.maker\n' },
        { name: 'Follower List.txt', data: `Date: 2025-01-01 10:00:00\nUsername: ${'y'.repeat(n)}\n` },
      ]),
  },
  {
    reader: 'txt',
    label: 'many short lines',
    name: 'TikTok_Data.zip',
    sizes: big,
    make: (n) =>
      createZip([
        { name: 'Profile Info.txt', data: 'Username: hostile.maker\n' },
        {
          name: 'Follower List.txt',
          data: Array.from(
            { length: Math.floor(n / 50) },
            (_, i) => `Date: 2025-01-01 10:00:00\nUsername: u${i}\n`,
          ).join('\n'),
        },
      ]),
  },
  {
    reader: 'zip',
    label: 'many entries',
    name: 'TikTok_Data.zip',
    sizes: [MB * scale, 4 * MB * scale],
    make: (n) =>
      createZip([
        { name: 'user_data_tiktok.json', data: followers(record(1)) },
        ...Array.from({ length: Math.min(19_000, Math.floor(n / 200)) }, (_, i) => ({
          name: `junk/${i}.txt`,
          data: 'z'.repeat(60),
        })),
      ]),
  },
  {
    reader: 'studio-csv',
    label: 'a line of quotes',
    name: 'Overview.csv',
    sizes: small,
    make: (n) => Buffer.from(`${overviewCsv}${'"'.repeat(n)}\n`),
  },
  {
    reader: 'studio-csv',
    label: 'one long cell',
    name: 'Overview.csv',
    sizes: small,
    make: (n) => Buffer.from(`${overviewCsv}"${'v'.repeat(n)}",1,2,3\n`),
  },
  {
    reader: 'studio-xlsx',
    label: 'a long attribute in sheet1.xml',
    name: 'Overview.xlsx',
    sizes: small,
    make: async (n) => {
      const entries = await readZipEntries(
        createXlsx('Overview', [
          ['Date', 'Video Views'],
          ['1 Jan', '5'],
        ]),
      );
      return createZip(
        entries.map((e) => ({
          name: e.name,
          data: e.name.endsWith('sheet1.xml')
            ? e.data.toString('utf8').replace('<row ', `<row x="${'a'.repeat(n)}" `)
            : e.data,
        })),
      );
    },
  },
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-hostile-'));
const rows: string[][] = [];
try {
  for (const c of cases) {
    const perMb: number[] = [];
    const cells: string[] = [];
    for (const size of c.sizes) {
      const bytes = await c.make(size);
      const caseDir = fs.mkdtempSync(path.join(dir, 'case-'));
      const file = path.join(caseDir, c.name);
      fs.writeFileSync(file, bytes);
      const service = createService({
        dbPath: path.join(caseDir, 'h.db'),
        resourcesDir: dir,
        host: 'in-process',
      });
      const start = performance.now();
      const result = await service.dispatch('importPaths', { jobId: 'h', paths: [file] });
      const seconds = (performance.now() - start) / 1000;
      service.close();
      fs.rmSync(caseDir, { recursive: true, force: true });
      // Per MB of the hostile payload (a ZIP's compressed bytes would flatter it).
      perMb.push(seconds / (size / MB));
      cells.push(`${(size / MB).toFixed(3)} MB ${seconds.toFixed(2)} s`);
      if (!result.ok) cells[cells.length - 1] += ' (refused)';
    }
    const ratio = perMb[1]! / perMb[0]!;
    rows.push([
      c.reader,
      c.label,
      ...cells,
      `${perMb[1]!.toFixed(2)} s/MB`,
      `${ratio.toFixed(2)}${ratio > 2 ? '  NOT LINEAR' : ''}`,
    ]);
    process.stderr.write(`${c.reader} ${c.label}: done\n`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const head = ['reader', 'input', 'small', 'large (4x)', 'large per MB', 'per-MB ratio'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const r of [head, ...rows])
  process.stdout.write(`${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}\n`);
