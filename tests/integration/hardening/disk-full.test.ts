// Disk full at any moment of an import ends "done" or "as before": the database sits on a small tmpfs,
// with free space from just past the database to plenty, and each import either completes (integrity ok,
// the new snapshot there) or is refused with one `<file>: <problem>` line and the database byte-identical.
// Needs root (mount); otherwise skipped with the reason.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/main/db/open';
import { createService } from '../../../src/main/service/service';
import { generateHistory } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { tempDir } from '../import/helpers';

const isRoot = process.getuid?.() === 0;
const KiB = 1024;

let work: string;
let mountPoint: string;
let exports: string[];
let baseDb: string;
let canMount = false;
let mountProblem = '';

beforeAll(async () => {
  if (!isRoot) return;
  work = tempDir('fs-diskfull-');
  mountPoint = path.join(work, 'small-disk');
  fs.mkdirSync(mountPoint);
  const probe = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], {
    encoding: 'utf8',
  });
  canMount = probe.status === 0;
  mountProblem = probe.stderr?.trim() || `mount exited ${probe.status}`;
  if (!canMount) return;
  spawnSync('umount', [mountPoint]);
  const model = generateHistory({
    seed: 31,
    username: 'full.disk',
    startFollowers: 3000,
    followingCount: 1500,
    snapshots: 2,
    months: 6,
  });
  exports = [0, 1].map((i) => {
    const file = path.join(work, `export-${i}.zip`);
    writeAccountExport(model, i, { layout: 'B', container: 'zip' }, file);
    return file;
  });
  // The database before: one snapshot imported, so the second import also computes what changed.
  baseDb = path.join(work, 'base.db');
  const service = createService({ dbPath: baseDb, resourcesDir: work, host: 'in-process' });
  const first = await service.dispatch('importPaths', { jobId: 'base', paths: [exports[0]!] });
  expect(first.ok).toBe(true);
  service.close();
});

afterAll(() => {
  if (!isRoot) return;
  spawnSync('umount', [mountPoint]);
  fs.rmSync(work, { recursive: true, force: true });
});

describe('disk full during an import', () => {
  it('ends done or as before at every free-space size', async (ctx) => {
    if (!isRoot) return ctx.skip('needs root to mount a small tmpfs (mount -t tmpfs)');
    if (!canMount) return ctx.skip(`running as root but mount failed: ${mountProblem}`);
    const base = fs.readFileSync(baseDb);
    const outcomes: string[] = [];
    for (const free of [8 * KiB, 64 * KiB, 256 * KiB, 1024 * KiB, 2048 * KiB, 4096 * KiB, 64 * 1024 * KiB]) {
      const size = Math.ceil((base.length + free) / 4096) * 4096;
      expect(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint]).status).toBe(0);
      try {
        const dbPath = path.join(mountPoint, 'followscope.db');
        fs.writeFileSync(dbPath, base);
        let outcome: string;
        try {
          const service = createService({ dbPath, resourcesDir: work, host: 'in-process' });
          const result = await service.dispatch('importPaths', { jobId: 'full', paths: [exports[1]!] });
          service.close();
          if (result.ok) {
            outcome = 'done';
          } else {
            expect(result.error.code).toBe('IMPORT_FAILED');
            expect(result.error.message).toMatch(/^export-1\.zip: [^\n]+$/);
            expect(result.error.message).toMatch(/disk is full/);
            outcome = 'refused';
          }
        } catch (error) {
          // The service could not even open the database (no room for its journal): a refusal too.
          expect((error as Error).message).toMatch(
            new RegExp(`^${dbPath}: the disk (is full|could not be written)`),
          );
          outcome = 'not opened';
        }
        // Checked on a copy off the small disk (opening there needs room for the journal).
        const check = path.join(work, `check-${free}.db`);
        for (const suffix of ['', '-wal'])
          if (fs.existsSync(dbPath + suffix)) fs.copyFileSync(dbPath + suffix, check + suffix);
        if (outcome !== 'done') expect(fs.readFileSync(dbPath).equals(base)).toBe(true);
        const db = openDatabase(check);
        const snapshots = db.prepare('SELECT COUNT(*) FROM snapshots').pluck().get();
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const stale = db
          .prepare(
            'SELECT COUNT(*) FROM snapshots s LEFT JOIN audience_snapshot_stats a ON a.snapshot_id = s.id WHERE a.snapshot_id IS NULL',
          )
          .pluck()
          .get();
        expect(stale).toBe(0); // aggregates committed with their snapshot, never without
        expect(snapshots).toBe(outcome === 'done' ? 2 : 1);
        closeDatabase(db);
        outcomes.push(`${free / KiB} KiB free: ${outcome}`);
      } finally {
        expect(spawnSync('umount', [mountPoint]).status).toBe(0);
      }
    }
    // The smallest sizes cannot hold the import, the largest can: both ends are exercised.
    expect(outcomes[0]).not.toMatch(/done/);
    expect(outcomes.at(-1)).toMatch(/done/);
    // …and an import that ran out of room part-way (64 and 256 KiB on this machine), not only at opening.
    expect(
      outcomes.some((o) => o.endsWith(': refused')),
      outcomes.join('; '),
    ).toBe(true);
  }, 180_000);
});
