// Studio storage on real SQLite files: save, merge of overlapping downloads (newer wins per day, no day
// twice, whatever the import order), duplicate imports, sums and series, one transaction per save.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/open';
import { upsertAccount } from '../../../src/main/db/queries/accounts';
import {
  saveStudioBundle,
  studioDailySeries,
  studioFollowerActivity,
  studioLatestDistributions,
  studioSummary,
  studioTopContent,
} from '../../../src/main/db/queries/studio';
import { readStudioInputs, type StudioBundle } from '../../../src/main/import/studio';
import { writeStudioDownloads } from '../../fixtures/studio/downloads';
import { generateStudio, type StudioModel } from '../../fixtures/studio/model';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-db-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;

function freshDb(): { db: Db; accountId: number } {
  const db = openDatabase(path.join(root, `db-${n++}.sqlite`));
  return { db, accountId: upsertAccount(db, 'tiktok', 'glow.daily', null) };
}

async function bundleOf(model: StudioModel, locale: 'en' | 'ru' | 'ja' = 'en'): Promise<StudioBundle> {
  return readStudioInputs(writeStudioDownloads(model, { locale }, path.join(root, `dl-${n++}`)), {});
}

const sum = (values: (number | null)[]): number | null =>
  values.some((v) => v !== null) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null;

const DAY = 86_400_000;
const older = generateStudio({
  seed: 11,
  handle: 'glow.daily',
  days: 60,
  exportDate: new Date(Date.UTC(2026, 11, 20, 9)),
});
// 25 days later, 60 days: overlaps the older download by 35 days, with different numbers, across New Year.
const newer = generateStudio({
  seed: 12,
  handle: 'glow.daily',
  days: 60,
  exportDate: new Date(Date.UTC(2026, 11, 20, 9) + 25 * DAY),
});

describe('Studio storage', () => {
  it('migrates to a schema with the Studio tables, all STRICT', () => {
    const { db } = freshDb();
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE name LIKE 'studio_%' ORDER BY name")
      .all();
    expect(tables).toEqual(
      [
        'studio_content',
        'studio_daily',
        'studio_distributions',
        'studio_follower_activity',
        'studio_imports',
      ].map((name) => ({ name, strict: 1 })),
    );
    expect(db.pragma('user_version', { simple: true }) as number).toBeGreaterThanOrEqual(2);
    closeDatabase(db);
  });

  it('saves a download and sums it', async () => {
    const { db, accountId } = freshDb();
    expect(studioSummary(db, accountId)).toBeNull();
    const bundle = await bundleOf(older, 'ru');
    const result = saveStudioBundle(db, accountId, bundle, bundle.contentHash);
    expect(result).toEqual({
      duplicate: false,
      days: 60,
      addedDays: 60,
      from: older.days[0]!.date,
      to: older.days.at(-1)!.date,
    });

    const s = studioSummary(db, accountId)!;
    const views = sum(older.days.map((d) => d.videoViews))!;
    const engaged =
      sum(older.days.map((d) => d.likes))! +
      sum(older.days.map((d) => d.comments))! +
      sum(older.days.map((d) => d.shares))!;
    expect(s).toEqual({
      days: 60,
      from: older.days[0]!.date,
      to: older.days.at(-1)!.date,
      videoViews: views,
      profileViews: sum(older.days.map((d) => d.profileViews)),
      likes: sum(older.days.map((d) => d.likes)),
      comments: sum(older.days.map((d) => d.comments)),
      shares: sum(older.days.map((d) => d.shares)),
      engagementRateByViews: engaged / views,
    });

    const series = studioDailySeries(db, accountId);
    expect(series.map((p) => [p.day, p.videoViews, p.followers, p.returningViewers])).toEqual(
      older.days.map((d) => [d.date, d.videoViews, d.followers, d.returningViewers]),
    );
    const window = studioDailySeries(db, accountId, older.days[10]!.date, older.days[19]!.date);
    expect(window.map((p) => p.day)).toEqual(older.days.slice(10, 20).map((d) => d.date));

    expect(studioFollowerActivity(db, accountId)).toHaveLength(7 * 24);
    expect(
      studioLatestDistributions(db, accountId)
        .filter((d) => d.kind === 'gender')
        .map((d) => d.key),
    ).toEqual(['Female', 'Male', 'Other']);
    expect(studioTopContent(db, accountId).map((c) => c.views)).toEqual(older.posts.map((p) => p.views));
    closeDatabase(db);
  });

  for (const order of ['older first', 'newer first'] as const) {
    it(`merges overlapping downloads by day, the newer winning (${order})`, async () => {
      const { db, accountId } = freshDb();
      const a = await bundleOf(older);
      const b = await bundleOf(newer, 'ja');
      const [first, second] = order === 'older first' ? [a, b] : [b, a];
      saveStudioBundle(db, accountId, first, first.contentHash);
      const r = saveStudioBundle(db, accountId, second, second.contentHash);
      expect(r.duplicate).toBe(false);
      expect(r.addedDays).toBe(25);

      const byDay = new Map<string, number | null>();
      for (const d of older.days) byDay.set(d.date, d.videoViews);
      for (const d of newer.days) byDay.set(d.date, d.videoViews ?? byDay.get(d.date) ?? null); // "no data" keeps a number
      const series = studioDailySeries(db, accountId);
      expect(series).toHaveLength(85);
      expect(new Set(series.map((p) => p.day)).size).toBe(85);
      expect(series.map((p) => [p.day, p.videoViews])).toEqual(
        [...byDay.entries()].sort(([x], [y]) => (x < y ? -1 : 1)),
      );
      expect(series[0]!.day < '2027-01-01' && series.at(-1)!.day > '2027-01-01').toBe(true);
      expect(studioSummary(db, accountId)!.days).toBe(85);
      closeDatabase(db);
    });
  }

  it('computes the follower change across the boundary of two adjacent downloads', async () => {
    const { db, accountId } = freshDb();
    const next = generateStudio({
      seed: 13,
      handle: 'glow.daily',
      days: 60,
      exportDate: new Date(older.exportMs + 60 * DAY),
    });
    expect(next.days[0]!.date).toBe(
      new Date(Date.parse(older.days.at(-1)!.date) + DAY).toISOString().slice(0, 10),
    );
    for (const model of [next, older]) {
      const b = await bundleOf(model);
      saveStudioBundle(db, accountId, b, b.contentHash);
    }
    const series = studioDailySeries(db, accountId);
    expect(series).toHaveLength(120);
    const all = [...older.days, ...next.days];
    expect(series.map((p) => p.netFollowers)).toEqual(
      all.map((d, i) => (i === 0 ? null : d.followers - all[i - 1]!.followers)),
    );
    closeDatabase(db);
  });

  it('recognizes a duplicate import and changes nothing; an overlapping re-import adds no day', async () => {
    const { db, accountId } = freshDb();
    const bundle = await bundleOf(older);
    saveStudioBundle(db, accountId, bundle, bundle.contentHash);
    const before = db.prepare('SELECT COUNT(*) AS n FROM studio_daily').get();
    expect(saveStudioBundle(db, accountId, bundle, bundle.contentHash)).toEqual({
      duplicate: true,
      days: 60,
      addedDays: 0,
      from: older.days[0]!.date,
      to: older.days.at(-1)!.date,
    });
    // The same range read again from other files (another locale: other bytes, other hash).
    const again = await bundleOf(older, 'ja');
    expect(again.contentHash).not.toBe(bundle.contentHash);
    expect(saveStudioBundle(db, accountId, again, again.contentHash)).toMatchObject({
      duplicate: false,
      days: 60,
      addedDays: 0,
    });
    expect(db.prepare('SELECT COUNT(*) AS n FROM studio_daily').get()).toEqual(before);
    expect(db.prepare('SELECT COUNT(*) AS n FROM studio_imports').get()).toEqual({ n: 2 });
    closeDatabase(db);
  });

  it('saves all or nothing', async () => {
    const { db } = freshDb();
    const bundle = await bundleOf(older);
    expect(() => saveStudioBundle(db, 999, bundle, bundle.contentHash)).toThrow(/FOREIGN KEY/);
    for (const t of [
      'studio_daily',
      'studio_imports',
      'studio_content',
      'studio_follower_activity',
      'studio_distributions',
    ]) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get()).toEqual({ n: 0 });
    }
    closeDatabase(db);
  });

  it('reads a date range through the primary key', () => {
    const { db, accountId } = freshDb();
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT day FROM studio_daily WHERE account_id = ? AND day >= ? AND day <= ?`,
      )
      .all(accountId, '2026-01-01', '2026-02-01') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(
      /SEARCH studio_daily USING PRIMARY KEY \(account_id=\? AND day>\? AND day<\?\)/,
    );
    closeDatabase(db);
  });
});
