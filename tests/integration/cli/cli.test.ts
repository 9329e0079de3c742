// The followscope CLI as a user runs it (`npx tsx src/cli/main.ts …`, here `node --import tsx`, the same
// loader without npx's start-up): JSON on stdout, one-line errors on stderr, exit codes, database untouched
// on failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/open';
import { generateHistory, type HistoryModel } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { fingerprint, tempDir } from '../import/helpers';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, FOLLOWSCOPE_DB: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function dbFingerprint(file: string) {
  const db = openDatabase(file);
  try {
    return fingerprint(db);
  } finally {
    db.close();
  }
}

const importKeys = [
  'path',
  'platform',
  'kind',
  'format',
  'layout',
  'account',
  'snapshotId',
  'takenAt',
  'duplicate',
  'counts',
  'warnings',
];
const summaryKeys = [
  'account',
  'platform',
  'snapshots',
  'asOf',
  'followers',
  'following',
  'mutuals',
  'fansNotFollowedBack',
  'followingNotFollowingBack',
  'followerFollowingRatio',
  'gainedSinceLastSnapshot',
  'lostSinceLastSnapshot',
  'posts',
  'totalPostLikes',
  'medianPostLikes',
];

let dir: string;
let model: HistoryModel;
const files: string[] = [];

beforeAll(() => {
  dir = tempDir('fs-cli-');
  model = generateHistory({
    seed: 21,
    username: 'cli.tester',
    startFollowers: 400,
    followingCount: 100,
    snapshots: 2,
    months: 4,
  });
  files.push(path.join(dir, 'first.zip'), path.join(dir, 'second.json'));
  writeAccountExport(model, 0, { layout: 'A', container: 'zip' }, files[0]!);
  writeAccountExport(model, 1, { layout: 'B', container: 'json' }, files[1]!);
});

describe('followscope CLI', () => {
  it('imports each path and prints one JSON object per path, then a summary', () => {
    const db = path.join(dir, 'a.db');
    const r = cli(['import', files[1]!, files[0]!, '--db', db, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [second, first] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(second!)).toEqual(importKeys);
    expect(second).toMatchObject({
      path: files[1],
      platform: 'tiktok',
      kind: 'account-export',
      format: 'json',
      layout: 'B',
      account: 'cli.tester',
      duplicate: false,
    });
    expect(first).toMatchObject({ layout: 'A', duplicate: false });
    expect(second!.counts).toMatchObject({
      followers: model.snapshots[1]!.followers.length,
      following: model.snapshots[1]!.following.length,
    });
    expect(Date.parse(second!.takenAt as string)).toBeGreaterThan(Date.parse(first!.takenAt as string));

    const again = cli(['import', files[0]!, '--db', db, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ duplicate: true, snapshotId: first!.snapshotId });

    const s = cli(['summary', '--db', db, '--json']);
    expect(s.code, s.stderr).toBe(0);
    const summary = JSON.parse(s.stdout) as Record<string, unknown>;
    for (const key of summaryKeys) expect(summary).toHaveProperty(key);
    const last = model.snapshots[1]!;
    expect(summary).toMatchObject({
      account: 'cli.tester',
      platform: 'tiktok',
      snapshots: 2,
      asOf: second!.takenAt,
      followers: last.followers.length,
      following: last.following.length,
      gainedSinceLastSnapshot: last.truth.gained.length,
      lostSinceLastSnapshot: last.truth.lost.length,
      posts: last.posts.length,
      totalPostLikes: last.posts.reduce((a, p) => a + p.likes, 0),
    });

    const table = cli(['summary', '--db', db, '--account', 'CLI.TESTER']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/followers\s+[\d,]+/);
    const line = (label: string) =>
      table.stdout
        .split('\n')
        .find((l) => l.startsWith(`${label}  `))
        ?.slice(label.length)
        .trim();
    expect(line('followers')).toBe(last.followers.length.toLocaleString('en-US'));
    expect(line('follow-back rate')).toBe(`${((summary.followBackRate as number) * 100).toFixed(1)}%`);
    expect(line('studio')).toBe('no TikTok Studio downloads imported');
  });

  it('fails with one line on stderr, exit 1, nothing on stdout and the database unchanged', () => {
    const db = path.join(dir, 'b.db');
    expect(cli(['import', files[0]!, '--db', db, '--json']).code).toBe(0);
    const before = dbFingerprint(db);
    const junk = path.join(dir, 'junk.zip');
    fs.writeFileSync(junk, 'PK\u0003\u0004 this is not really a zip');
    const r = cli(['import', junk, '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: junk\.zip: \S.*\n$/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(dbFingerprint(db)).toEqual(before);
  });

  it('uses FOLLOWSCOPE_DB without --db and leaves no database behind when nothing was imported', () => {
    const db = path.join(dir, 'env.db');
    const missing = cli(['import', path.join(dir, 'nope.zip')], { FOLLOWSCOPE_DB: db });
    expect(missing.code, missing.stderr).toBe(1);
    expect(missing.stderr).toMatch(/^error: nope\.zip: /);
    expect(fs.existsSync(db)).toBe(false);
    const ok = cli(['import', files[0]!, '--json'], { FOLLOWSCOPE_DB: db });
    expect(ok.code, ok.stderr).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
  });

  it('attaches an export without a username to --account, and asks for it when it cannot choose', () => {
    const db = path.join(dir, 'c.db');
    const partial = path.join(dir, 'partial.zip');
    writeAccountExport(
      model,
      1,
      { layout: 'C', container: 'zip', only: ['followers', 'following'] },
      partial,
    );
    const refused = cli(['import', partial, '--db', db, '--json']);
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toMatch(/^error: partial\.zip: .*--account/);
    const r = cli(['import', partial, '--db', db, '--account', 'my.handle', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ account: 'my.handle', layout: 'C' });
  });

  it('rejects bad arguments and prints help', () => {
    expect(cli(['import']).code).toBe(1);
    const bad = cli(['import', files[0]!, '--exported-at', 'yesterday', '--db', path.join(dir, 'd.db')]);
    expect(bad.code, bad.stderr).toBe(1);
    expect(bad.stderr).toMatch(/^error: --exported-at/);
    expect(cli(['frobnicate']).code).toBe(1);
    const help = cli(['--help']);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/followscope import/);
  });

  it('--exported-at overrides the export time', () => {
    const db = path.join(dir, 'e.db');
    const r = cli(['import', files[0]!, '--db', db, '--exported-at', '2026-01-02T03:04:05Z', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).takenAt).toBe('2026-01-02T03:04:05.000Z');
  });
});
