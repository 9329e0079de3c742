// Every shape seen in real exports, generated (tests/fixtures/shapes), imported by the real importer
// into a real SQLite file: the counts, the sections' tallies, the warnings and the stored rows match what
// the shape was written with, or the import is refused with its one-line reason and the database is unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../src/shared/domain';
import { openDatabase } from '../../../src/main/db/open';
import { runImport } from '../../../src/main/import/run-import';
import { SHAPES, type ShapeTruth } from '../../fixtures/shapes';
import { fingerprint, freshDbPath, tempDir, withDb } from './helpers';

const root = tempDir('fs-shapes-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function importShape(dbPath: string, file: string, truth: ShapeTruth): Promise<ImportReport> {
  const db = openDatabase(dbPath);
  try {
    const [report] = await runImport({ db, dbPath, paths: [file], ...truth.options });
    return report!;
  } finally {
    db.close();
  }
}

function expectWarnings(warnings: string[], expected: RegExp[]): void {
  for (const w of warnings)
    expect(
      expected.some((re) => re.test(w)),
      `unexpected warning: ${w}`,
    ).toBe(true);
  for (const re of expected)
    expect(
      warnings.some((w) => re.test(w)),
      `missing warning ${re}`,
    ).toBe(true);
}

describe('real-world shapes (generated twins)', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: ${shape.summary}`, async () => {
      const { path: file, truth } = shape.write(path.join(root, shape.name));
      const dbPath = freshDbPath();
      const started = performance.now();
      if (truth.refused) {
        const before = withDb(dbPath, fingerprint);
        await expect(importShape(dbPath, file, truth)).rejects.toThrow(truth.refused);
        expect(withDb(dbPath, fingerprint)).toEqual(before);
        expect(performance.now() - started).toBeLessThan(5000);
        return;
      }
      const report = await importShape(dbPath, file, truth);
      expect(performance.now() - started).toBeLessThan(5000);
      if (truth.account) expect(report.account).toBe(truth.account);
      if (truth.counts) expect(report.counts).toMatchObject(truth.counts);
      for (const [section, want] of Object.entries(truth.sections ?? {}))
        expect(
          report.sections.find((s) => s.section === section),
          section,
        ).toMatchObject(want);
      if (truth.warnings) expectWarnings(report.warnings, truth.warnings);
      withDb(dbPath, (db) => {
        expect(db.prepare('SELECT username FROM accounts').pluck().all()).toEqual([report.account]);
        if (truth.postLikes) {
          const likes = db
            .prepare(
              'SELECT sp.likes FROM snapshot_posts sp JOIN posts p ON p.id = sp.post_id WHERE sp.snapshot_id = ? ORDER BY p.posted_at',
            )
            .pluck()
            .all(report.snapshotId);
          expect(likes).toEqual(truth.postLikes);
        }
        const studio = truth.studio;
        if (!studio) return;
        if (studio.days !== undefined) expect(report.studio?.days).toBe(studio.days);
        if (studio.from) expect(report.studio?.from).toBe(studio.from);
        if (studio.to) expect(report.studio?.to).toBe(studio.to);
        if (studio.takenAtSource) expect(report.takenAtSource).toMatch(studio.takenAtSource);
        const content = db
          .prepare('SELECT posted_day FROM studio_content ORDER BY posted_day DESC')
          .pluck()
          .all();
        if (studio.contentRows !== undefined) expect(content).toHaveLength(studio.contentRows);
        if (studio.postedDays) expect(content).toEqual(studio.postedDays);
        if (studio.shares !== undefined)
          expect(db.prepare('SELECT COUNT(*) FROM studio_distributions').pluck().get()).toBe(studio.shares);
        // Export times are whole milliseconds (a file time's fractions would not fit the INTEGER column).
        expect(db.prepare('SELECT exported_at FROM studio_imports').pluck().get()).toSatisfy(
          Number.isInteger,
        );
      });
    });
  }
});

describe('placeholder usernames', () => {
  it('never become an account: without one named, the import is refused and nothing is stored', async () => {
    const shape = SHAPES.find((s) => s.name === 'json-placeholders')!;
    const { path: file } = shape.write(path.join(root, 'placeholders-unnamed'));
    const dbPath = freshDbPath();
    await expect(importShape(dbPath, file, {})).rejects.toThrow(
      /^user_data_tiktok\.json: the export's username "user" is a placeholder, not an account; name the account with --account NAME$/,
    );
    withDb(dbPath, (db) => expect(db.prepare('SELECT COUNT(*) FROM accounts').pluck().get()).toBe(0));
  });
});

describe('repeat Studio downloads imported one at a time', () => {
  it('store each post and each breakdown once', async () => {
    const shape = SHAPES.find((s) => s.name === 'studio-repeats')!;
    const { path: dir } = shape.write(path.join(root, 'repeats-one-by-one'));
    const dbPath = freshDbPath();
    // Oldest download first, as a user catching up would.
    const byTime = fs
      .readdirSync(dir)
      .sort((a, b) => fs.statSync(path.join(dir, a)).mtimeMs - fs.statSync(path.join(dir, b)).mtimeMs);
    for (const name of byTime)
      await importShape(dbPath, path.join(dir, name), { options: { account: 'rep.creator' } });
    withDb(dbPath, (db) => {
      expect(db.prepare('SELECT COUNT(*) FROM studio_content').pluck().get()).toBe(3);
      expect(db.prepare('SELECT COUNT(*) FROM studio_distributions').pluck().get()).toBe(3);
      expect(db.prepare('SELECT COUNT(*) FROM studio_imports').pluck().get()).toBe(6);
      // The later download's numbers are the ones kept.
      expect(db.prepare("SELECT share FROM studio_distributions WHERE key = 'Female'").pluck().get()).toBe(
        0.6,
      );
    });
  });
});
