// Dates after the export cannot be true: the bound is the export date the user gave (the whole day it
// names), else the export's own file time, else the import time. Records past it are "no date", counted
// in the report and never stored as data. Generated shape: share and watch dates 1 to 9 days before
// 2026-11-20 09:00 UTC, plus 84 shares dated 1969.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/open';
import { runImport } from '../../../src/main/import/run-import';
import { latestRecordTime } from '../../../src/main/import/writer/taken-at';
import { shapeNamed } from '../../fixtures/shapes';
import { freshDbPath, tempDir } from './helpers';

const root = tempDir('fs-after-export-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function importPartial(name: string, options: { exportedAt?: string; mtime?: Date }) {
  const { path: file } = shapeNamed('json-dec2025-partial')!.write(path.join(root, name));
  if (options.mtime) fs.utimesSync(file, options.mtime, options.mtime);
  const dbPath = freshDbPath();
  const db = openDatabase(dbPath);
  try {
    const [report] = await runImport({
      db,
      dbPath,
      paths: [file],
      account: 'partial.owner',
      exportedAt: options.exportedAt,
    });
    const section = (s: string) => report!.sections.find((x) => x.section === s);
    const latestShare = db
      .prepare("SELECT MAX(day) FROM snapshot_activity WHERE kind = 'shares'")
      .pluck()
      .get();
    return { report: report!, shares: section('shares'), watched: section('watched'), latestShare };
  } finally {
    db.close();
  }
}

describe('dates after the export', () => {
  it('are bounded by the export date the user gave: records after that day are "no date"', async () => {
    // Given 2026-11-17 (midnight UTC): its whole day counts, so 17 Nov 09:00 is kept, 18 and 19 Nov are not.
    const { report, shares, watched, latestShare } = await importPartial('given', {
      exportedAt: '2026-11-17T00:00:00.000Z',
    });
    expect(shares).toMatchObject({ records: 2, noDate: 86 });
    expect(watched).toMatchObject({ records: 4, noDate: 2 });
    expect(latestShare).toBe('2026-11-17');
    expect(report.warnings.some((w) => /88 dates before September 2016 or after the export/.test(w))).toBe(
      true,
    );
  });

  it("are bounded by the export's own file time (plus two days) when no date was given", async () => {
    const { shares, watched } = await importPartial('mtime', { mtime: new Date(Date.UTC(2026, 10, 15)) });
    // Bound 2026-11-17 00:00 UTC: the shares of 17, 18 and 19 Nov and three watches fall past it.
    expect(shares).toMatchObject({ records: 1, noDate: 87 });
    expect(watched).toMatchObject({ records: 3, noDate: 3 });
  });

  it('ignore container times that say nothing (1980 ZIP entries) and never reach past the import', () => {
    const now = Date.UTC(2026, 10, 28);
    const slack = 2 * 86_400_000;
    expect(latestRecordTime({ given: null, containerTime: Date.UTC(1980, 0, 1), now })).toBe(now + slack);
    expect(latestRecordTime({ given: null, containerTime: now + 30 * 86_400_000, now })).toBe(now + slack);
    expect(latestRecordTime({ given: null, containerTime: null, now })).toBe(now + slack);
    expect(latestRecordTime({ given: Date.UTC(2026, 1, 28), containerTime: now, now })).toBe(
      Date.UTC(2026, 2, 1),
    );
  });
});
