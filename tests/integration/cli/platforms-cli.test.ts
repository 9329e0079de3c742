// An Instagram export and an X archive through the real CLI in a child process: the summary names the
// platform, and `list unfollowed-by-you` prints Instagram's own list (null for X, which has none).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../fixtures/history';
import { writeInstagramExport } from '../../fixtures/instagram/export';
import { writeXArchive } from '../../fixtures/x/archive';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const model = generateHistory({
  seed: 17,
  username: 'cli.platforms',
  startFollowers: 200,
  followingCount: 90,
  snapshots: 2,
  months: 4,
});
let dir: string;

async function cli(db: string, ...args: string[]): Promise<unknown> {
  const { stdout } = await run(TSX, [path.join(ROOT, 'src/cli/main.ts'), ...args, '--db', db, '--json'], {
    cwd: ROOT,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as unknown;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-platforms-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the CLI on Instagram and X exports', () => {
  it('Instagram: summary --json carries the platform; list unfollowed-by-you prints the newest list', async () => {
    const db = path.join(dir, 'ig.db');
    for (const i of [0, 1]) {
      const file = writeInstagramExport(
        model,
        i,
        { shape: '2026', format: 'json', container: 'zip' },
        path.join(dir, `ig-${i}.zip`),
      ).path;
      await cli(db, 'import', file);
    }
    const summary = (await cli(db, 'summary')) as { platform: string; account: string; followers: number };
    expect(summary).toMatchObject({
      platform: 'instagram',
      account: 'cli.platforms',
      followers: model.snapshots[1]!.followers.length,
    });
    const rows = (await cli(db, 'list', 'unfollowed-by-you')) as { username: string }[];
    expect(rows.map((r) => r.username).sort()).toEqual(
      model.snapshots[1]!.truth.unfollowed.map((r) => r.username).sort(),
    );
    expect(rows.length).toBeGreaterThan(0);
  });

  it('X: summary --json says x; unfollowed-by-you is null (not in this export)', async () => {
    const db = path.join(dir, 'x.db');
    const file = writeXArchive(model, 1, { container: 'zip' }, path.join(dir, 'x.zip')).path;
    await cli(db, 'import', file);
    expect(await cli(db, 'summary')).toMatchObject({ platform: 'x', account: 'cli.platforms' });
    expect(await cli(db, 'list', 'unfollowed-by-you')).toBeNull();
  });
});
