// The command line as `npm run build:cli` ships it: one bundled file run by plain node. Bundling can break
// what tsx never does (a CommonJS package's require, a lazily imported module, a missing native addon),
// so the bundle itself imports an export, recognises its re-import and summarises it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli';
import { generateHistory, type HistoryModel } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { tempDir } from '../import/helpers';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
// Inside the repository, so that the bundle finds better-sqlite3 in node_modules as the shipped one does.
const bundleDir = path.join(repoRoot, 'out', `cli-test-${process.pid}`);

let bundle: string;
let dir: string;
let model: HistoryModel;
let exportFile: string;

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, FOLLOWSCOPE_DB: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  bundle = await buildCli(path.join(bundleDir, 'followscope.mjs'));
  dir = tempDir('fs-bundled-cli-');
  model = generateHistory({
    seed: 5,
    username: 'bundle.tester',
    startFollowers: 300,
    followingCount: 80,
    snapshots: 1,
    months: 3,
  });
  exportFile = path.join(dir, 'export.zip');
  writeAccountExport(model, 0, { layout: 'A', container: 'zip' }, exportFile);
}, 60_000);

afterAll(() => fs.rmSync(bundleDir, { recursive: true, force: true }));

describe('bundled command line', () => {
  it('imports, recognises the re-import and summarises, with no tsx loaded', () => {
    const db = path.join(dir, 'bundle.db');
    const first = run(['import', exportFile, '--db', db, '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const imported = JSON.parse(first.stdout) as {
      duplicate: boolean;
      snapshotId: number;
      counts: { followers: number };
    };
    expect(imported.duplicate).toBe(false);
    expect(imported.counts.followers).toBe(model.snapshots[0]!.followers.length);

    const again = run(['import', exportFile, '--db', db, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ duplicate: true, snapshotId: imported.snapshotId });

    const summary = run(['summary', '--db', db, '--json']);
    expect(summary.code, summary.stderr).toBe(0);
    expect(JSON.parse(summary.stdout)).toMatchObject({
      account: 'bundle.tester',
      followers: model.snapshots[0]!.followers.length,
      following: model.snapshots[0]!.following.length,
    });
  });

  it('refuses a missing file with one line naming it', () => {
    const missing = path.join(dir, 'nope.zip');
    const r = run(['import', missing, '--db', path.join(dir, 'other.db')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('nope.zip');
  });
});
