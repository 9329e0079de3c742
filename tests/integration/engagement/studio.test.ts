// Studio metrics after importing generated downloads in several locales and formats, two of them
// overlapping and one spanning New Year: sums, rates, the year boundary, no day stored twice, audience
// shares, top content, follower activity in the heatmap's zone, and `summary`'s studio field.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudioModel } from '../../fixtures/studio/model';
import { localSlot, mergedStudioDays, sumColumn } from './truth';
import { createWorld, type World } from './world';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');

let world: World;
let older: StudioModel; // Nov 2025 – Jan 2026 (crosses New Year), Spanish CSV ZIPs
let newer: StudioModel; // Dec 2025 – Feb 2026, Japanese XLSX ZIPs: overlaps the older one
beforeAll(async () => {
  world = await createWorld({ seed: 31, snapshots: 2, months: 2 });
  const a = world.writeStudio(
    { seed: 1, exportDate: new Date(Date.UTC(2026, 0, 20, 9)), days: 60 },
    { locale: 'es' },
    'a',
  );
  const b = world.writeStudio(
    { seed: 2, exportDate: new Date(Date.UTC(2026, 1, 10, 8)), days: 60 },
    { locale: 'ja', format: 'xlsx' },
    'b',
  );
  older = a.model;
  newer = b.model;
  await world.importPaths(a.paths);
  await world.importPaths(b.paths);
});
afterAll(() => world?.close());

describe('studio metrics', () => {
  it('sums the stored days, each day once, with the newer download winning where they overlap', async () => {
    const merged = mergedStudioDays([older, newer]);
    const m = await world.call('studioMetrics', { accountId: world.accountId });
    expect(m).not.toBeNull();
    const t = m!.totals;
    expect(t.days).toBe(merged.size);
    expect(t.days).toBeLessThan(older.days.length + newer.days.length);
    expect([t.from, t.to]).toEqual([older.days[0]!.date, newer.days.at(-1)!.date]);
    expect(t.videoViews).toBe(sumColumn(merged, 'videoViews'));
    expect(t.profileViews).toBe(sumColumn(merged, 'profileViews'));
    expect(t.likes).toBe(sumColumn(merged, 'likes'));
    expect(t.comments).toBe(sumColumn(merged, 'comments'));
    expect(t.shares).toBe(sumColumn(merged, 'shares'));
    expect(t.newViewers).toBe(sumColumn(merged, 'newViewers'));
    expect(t.returningViewers).toBe(sumColumn(merged, 'returningViewers'));
    const engaged = sumColumn(merged, 'likes') + sumColumn(merged, 'comments') + sumColumn(merged, 'shares');
    expect(t.engagementRateByViews).toBeCloseTo(engaged / sumColumn(merged, 'videoViews'), 12);
    expect(m!.daily.map((d) => d.day)).toEqual([...merged.keys()].sort());
  });

  it('places the days around New Year in the right years', async () => {
    const merged = mergedStudioDays([older, newer]);
    const m = await world.call('studioMetrics', { accountId: world.accountId });
    for (const day of ['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']) {
      const stored = m!.daily.find((d) => d.day === day);
      expect(stored, day).toBeDefined();
      expect([stored!.videoViews, stored!.likes, stored!.followers]).toEqual([
        merged.get(day)!.videoViews,
        merged.get(day)!.likes,
        merged.get(day)!.followers,
      ]);
    }
    expect(m!.daily.some((d) => d.day.startsWith('2026-11') || d.day.startsWith('2026-12'))).toBe(false);
  });

  it('computes the daily engagement rates and the profile-view conversion', async () => {
    const m = await world.call('studioMetrics', { accountId: world.accountId });
    for (const d of m!.daily) {
      if (d.videoViews && d.likes !== null && d.comments !== null && d.shares !== null) {
        expect(d.engagementRateByViews).toBeCloseTo((d.likes + d.comments + d.shares) / d.videoViews, 12);
      }
      if (d.videoViews === null) expect(d.engagementRateByViews).toBeNull();
      if (d.followers && d.likes !== null && d.comments !== null && d.shares !== null) {
        expect(d.engagementRateByFollowers).toBeCloseTo((d.likes + d.comments + d.shares) / d.followers, 12);
      }
    }
    const gain = m!.daily.reduce((t, d) => t + (d.netFollowers ?? 0), 0);
    expect(m!.totals.followerGain).toBe(gain);
    expect(m!.totals.profileViewConversion).toBeCloseTo(gain / m!.totals.profileViews, 12);
  });

  it('shows the newest audience shares and every top video once', async () => {
    const m = await world.call('studioMetrics', { accountId: world.accountId });
    expect(m!.gender).toEqual(newer.gender.map((g) => ({ key: g.gender, share: Number(g.share) })));
    expect(m!.territories.map((t) => t.key).sort()).toEqual(newer.territories.map((t) => t.territory).sort());
    const videos = new Set([...older.posts, ...newer.posts].map((p) => p.videoId));
    expect(m!.topContent).toHaveLength(videos.size);
    const views = m!.topContent.map((c) => c.views!);
    expect(views).toEqual([...views].sort((a, b) => b - a));
  });

  it('exposes the follower history for the Growth page', async () => {
    const merged = mergedStudioDays([older, newer]);
    const series = await world.call('studioFollowerSeries', { accountId: world.accountId });
    expect(series.map((p) => p.day)).toEqual([...merged.keys()].sort());
    for (const p of series) expect(p.followers).toBe(merged.get(p.day)!.followers);
  });

  it('adds no day twice when an overlapping download is imported again', async () => {
    const before = await world.call('studioMetrics', { accountId: world.accountId });
    // The same files again (recognized), then the older range as loose CSV files (new bytes, older export).
    await world.importPaths(
      world.writeStudio({ seed: 1, exportDate: new Date(older.exportMs), days: 60 }, { locale: 'es' }, 'a')
        .paths,
    );
    const loose = world.writeStudio(
      { seed: 1, exportDate: new Date(older.exportMs), days: 60 },
      { locale: 'en', container: 'files' },
      'a-loose',
    );
    await world.importPaths(loose.paths, { exportedAt: new Date(older.exportMs).toISOString() });
    const after = await world.call('studioMetrics', { accountId: world.accountId });
    expect(after!.totals).toEqual(before!.totals);
    expect(after!.daily).toEqual(before!.daily);
  });
});

describe('follower activity next to the heatmap', () => {
  it('moves Studio hours (UTC) into the user zone and averages them per weekday and hour', async () => {
    const zone = 'America/Los_Angeles';
    const result = await world.call('bestTimeToPost', { accountId: world.accountId, timeZone: zone });
    const sums = new Map<string, number[]>();
    for (const a of [...older.activity, ...newer.activity]) {
      const { weekday, hour } = localSlot(Date.parse(`${a.date}T00:00:00Z`) + a.hour * 3_600_000, zone);
      sums.set(`${weekday}-${hour}`, [...(sums.get(`${weekday}-${hour}`) ?? []), a.activeFollowers]);
    }
    expect(result.followerActivity).toHaveLength(168);
    for (const c of result.followerActivity) {
      const values = sums.get(`${c.weekday}-${c.hour}`);
      if (values) expect(c.activeFollowers).toBeCloseTo(values.reduce((x, y) => x + y, 0) / values.length, 9);
    }
    // With both sources, a window rests on both when it holds enough posts to judge (else on activity
    // alone, without a median), windows do not overlap, and sit where followers are active: the best
    // window's activity is well above the day's average.
    expect(result.windows).toHaveLength(3);
    const mean = result.activityByHour.reduce((t, h) => t + h.activeFollowers, 0) / 24;
    for (const w of result.windows) {
      expect(w.basis).toBe(w.medianLikes !== null ? 'both' : 'activity');
      if (w.posts < result.minPostsPerWindow) expect(w.medianLikes).toBeNull();
    }
    expect(result.windows[0]!.activeFollowers!).toBeGreaterThan(1.5 * mean);
    const scores = result.windows.map((w) => w.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('summary --json', () => {
  it('prints the studio sums from the CLI', async () => {
    const merged = mergedStudioDays([older, newer]);
    const { stdout } = await run(
      'node',
      ['--import', 'tsx', 'src/cli/main.ts', 'summary', '--db', world.service.context.dbPath, '--json'],
      {
        cwd: ROOT,
        timeout: 60_000,
      },
    );
    const summary = JSON.parse(stdout) as { studio: Record<string, unknown> | null };
    expect(summary.studio).toMatchObject({
      days: merged.size,
      from: older.days[0]!.date,
      to: newer.days.at(-1)!.date,
      videoViews: sumColumn(merged, 'videoViews'),
      profileViews: sumColumn(merged, 'profileViews'),
      likes: sumColumn(merged, 'likes'),
      comments: sumColumn(merged, 'comments'),
      shares: sumColumn(merged, 'shares'),
    });
    expect(summary.studio!.engagementRateByViews).toBeCloseTo(
      (sumColumn(merged, 'likes') + sumColumn(merged, 'comments') + sumColumn(merged, 'shares')) /
        sumColumn(merged, 'videoViews'),
      12,
    );
  });

  it('prints studio: null for an account without Studio downloads', async () => {
    const other = await createWorld({ seed: 5, snapshots: 1, months: 1 });
    try {
      const { stdout } = await run(
        'node',
        ['--import', 'tsx', 'src/cli/main.ts', 'summary', '--db', other.service.context.dbPath, '--json'],
        {
          cwd: ROOT,
          timeout: 60_000,
        },
      );
      expect((JSON.parse(stdout) as { studio: unknown }).studio).toBeNull();
    } finally {
      other.close();
    }
  });
});
