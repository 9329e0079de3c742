// Bounded memory and plain refusals: input over the limits is refused with one `<file>: <problem>` line
// and the database unchanged; files the import never opens are never read (a Studio folder's hidden
// multi-gigabyte file); no Node file-size limit leaks out.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../../src/main/import/input-limits';
import { generateStudio } from '../../fixtures/studio/model';
import { studioCsv } from '../../fixtures/studio/csv';
import { studioTables, writeStudioDownloads } from '../../fixtures/studio/downloads';
import { freshDbPath, tempDir } from '../import/helpers';
import { startService, type TestService } from '../import/service-helpers';

let dir: string;
let svc: TestService;
let dbPath: string;

beforeAll(() => {
  dir = tempDir('fs-bounded-');
  dbPath = freshDbPath();
  svc = startService(dbPath);
});
afterAll(() => {
  svc.service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A sparse file: `size` bytes on paper, none on disk. */
function sparse(file: string, size: number): void {
  const fd = fs.openSync(file, 'w');
  fs.ftruncateSync(fd, size);
  fs.closeSync(fd);
}

/** The database's bytes with everything committed moved into the main file. */
function dbBytes(): Buffer {
  svc.service.context.db.pragma('wal_checkpoint(TRUNCATE)');
  return fs.readFileSync(dbPath);
}

async function refused(file: string): Promise<string> {
  const before = dbBytes();
  const error = await svc.fail('importPaths', { jobId: path.basename(file), paths: [file] });
  expect(error.code).toBe('IMPORT_FAILED');
  expect(error.message.split('\n')).toHaveLength(1);
  expect(error.message.startsWith(`${path.basename(file)}: `)).toBe(true);
  expect(dbBytes().equals(before)).toBe(true);
  return error.message;
}

describe('files the import does not use', () => {
  it('imports a Studio folder beside a hidden 2.5 GB file without reading it', async () => {
    const folder = path.join(dir, 'studio-folder');
    const model = generateStudio({ seed: 3, handle: 'bounded.maker', days: 30 });
    writeStudioDownloads(model, { format: 'csv', container: 'files' }, folder);
    sparse(path.join(folder, '.huge-cache'), 2.5 * 1024 ** 3);
    const rssBefore = process.memoryUsage().rss;
    const start = performance.now();
    const [report] = await svc.call('importPaths', { jobId: 'studio', paths: [folder] });
    expect(report!.kind).toBe('studio');
    // Reading 2.5 GB (even of zeros) takes seconds and, read whole, fails Node's 2 GiB limit.
    expect(performance.now() - start).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(500 * 1024 ** 2);
  });

  it('refuses a 2.5 GB file in plain words, not with Node’s 2 GiB message', async () => {
    const file = path.join(dir, 'Overview.csv');
    sparse(file, 2.5 * 1024 ** 3);
    const message = await refused(file);
    expect(message).not.toMatch(/2 GiB|ERR_FS|RangeError/);
  });
});

describe('limits of an account export', () => {
  it(`refuses more than ${INPUT_LIMITS.maxTopLevelKeys} top-level groups`, async () => {
    const keys = Array.from({ length: INPUT_LIMITS.maxTopLevelKeys + 1 }, (_, i) => `"k${i}":{}`);
    const file = path.join(dir, 'user_data_tiktok.json');
    fs.writeFileSync(file, `{"Activity":{"Follower List":{"FansList":[]}},${keys.join(',')}}`);
    expect(await refused(file)).toMatch(/top-level groups/);
  });

  it('refuses a username longer than any real one', async () => {
    const name = 'x'.repeat(INPUT_LIMITS.maxUsernameChars + 1);
    const file = path.join(dir, 'long-name.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        Profile: { 'Profile Information': { ProfileMap: { userName: 'me' } } },
        Activity: { 'Follower List': { FansList: [{ Date: '2025-01-01 10:00:00', UserName: name }] } },
      }),
    );
    expect(await refused(file)).toMatch(/a username of 257 characters/);
  });

  it('places a bad escape at its byte in the file', async () => {
    const file = path.join(dir, 'bad-escape.json');
    const text =
      '{"Profile":{"Profile Information":{"ProfileMap":{"userName":"me"}}},' +
      '"Activity":{"Follower List":{"FansList":[{"Date":"2025-01-01 10:00:00","UserName":"a\\qb"}]}}}';
    fs.writeFileSync(file, text);
    const message = await refused(file);
    expect(message).toContain(`byte ${text.indexOf('"a\\qb"')}`);
    expect(message).not.toMatch(/position/);
  });
});

describe('numbers no real count has', () => {
  it('refuses a 23-digit comment count in a Studio file in plain words', async () => {
    const model = generateStudio({ seed: 4, handle: 'bounded.maker', days: 10, topPosts: 3 });
    const table = studioTables(model).Content.map((row) => [...row]);
    const column = table[0]!.findIndex((h) => /comment/i.test(h));
    expect(column).toBeGreaterThan(-1);
    table[1]![column] = '12345678901234567890123';
    const file = path.join(dir, 'Content.csv');
    fs.writeFileSync(file, studioCsv(table));
    expect(await refused(file)).toMatch(
      /^Content\.csv: a number in the file is too large to be a real count/,
    );
  });
});
