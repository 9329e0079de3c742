// An Instagram export requested for a date range lists only the follows made inside the range: the
// length of its lists is nobody's follower count. Every count read from it (summary, Growth, forecast,
// the metrics tips read) is unknown, never the drop a naive reading shows; changes it can judge stay
// known. Real generated exports (full, date range, full) imported through the real service.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../fixtures/history';
import { instagramExportName, writeInstagramExport } from '../../fixtures/instagram/export';
import { startService, type TestService } from '../import/service-helpers';

const RANGE_DAYS = 90;
const model = generateHistory({
  seed: 23,
  username: 'range.counts',
  startFollowers: 400,
  followingCount: 160,
  snapshots: 3,
  months: 10,
});
const [first, middle, last] = model.snapshots as [
  (typeof model.snapshots)[0],
  (typeof model.snapshots)[0],
  (typeof model.snapshots)[0],
];
let dir = '';
let svc: TestService;
let accountId = 0;
let rangeSnapshotId = 0;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-range-counts-'));
  svc = startService(path.join(dir, 'test.db'));
  const exports = [
    writeInstagramExport(
      model,
      0,
      { shape: '2025', format: 'json', container: 'zip' },
      path.join(dir, instagramExportName(model, 0)),
    ),
    writeInstagramExport(
      model,
      1,
      { shape: '2025', format: 'json', container: 'zip', rangeDays: RANGE_DAYS },
      path.join(dir, instagramExportName(model, 1)),
    ),
  ];
  for (const [i, e] of exports.entries()) {
    const [report] = await svc.call('importPaths', { jobId: `j${i}`, paths: [e.path] });
    accountId = report!.accountId;
    if (i === 1) {
      expect(report!.followsSince).toBeDefined();
      rangeSnapshotId = report!.snapshotId!;
    }
  }
  // The partial lists are far shorter than the account's lists: read as counts they are a steep drop.
  expect(exports[1]!.lists.followers.length).toBeLessThan(middle.followers.length / 2);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the follower count after a date-range export', () => {
  it('summary keeps the last whole count, as of the export that had it', async () => {
    const summary = await svc.call('summary', { accountId });
    expect(summary.followers).toBe(first.followers.length);
    expect(summary.following).toBe(first.following.length);
    expect(summary.figuresAsOf.followers).toBe(new Date(first.takenAtMs).toISOString());
    expect(summary.followerFollowingRatio).toBe(
      Math.round((first.followers.length / first.following.length) * 100) / 100,
    );
    // Losses it can judge (follows made inside its range) are still known.
    expect(summary.lostSinceLastSnapshot).not.toBeNull();
  });

  it('Growth shows the date-range snapshot as unknown and says why, not as a drop', async () => {
    const growth = await svc.call('growthSeries', { accountId, granularity: 'month' });
    expect(growth.snapshots.map((s) => s.followers)).toEqual([first.followers.length, null]);
    const partial = growth.snapshots[1]!;
    expect(partial.snapshotId).toBe(rangeSnapshotId);
    expect(partial.following).toBeNull();
    expect(partial.ratio).toBeNull();
    expect(partial.mutuals).toBeNull();
    expect(partial.fansNotFollowedBack).toBeNull();
    expect(partial.followsSince).not.toBeNull();
    expect(growth.snapshots[0]!.followsSince).toBeNull();
    // 30 days lie inside a 90-day range: new followers there are all listed.
    expect(partial.newFollowers30d).toBe(
      middle.followers.filter((r) => r.followedAtMs >= middle.takenAtMs - 30 * 86_400_000).length,
    );
  });

  it('who follows whom back is read from the last whole export, never from the partial lists', async () => {
    const summary = await svc.call('summary', { accountId });
    const firstFollowers = new Set(first.followers.map((r) => r.username.toLowerCase()));
    const notBack = first.following
      .filter((r) => !firstFollowers.has(r.username.toLowerCase()))
      .map((r) => r.username.toLowerCase())
      .sort();
    const page = await svc.call('audienceList', { accountId, list: 'not-following-back', limit: 5000 });
    expect(page.rows.map((r) => r.username.toLowerCase()).sort()).toEqual(notBack);
    const mutuals = await svc.call('audienceList', { accountId, list: 'mutuals', limit: 5000 });
    expect(mutuals.total).toBe(summary.mutuals);
    const review = await svc.call('suggestions', { accountId, list: 'review' });
    const suggested = review.rows.map((r) => r.username.toLowerCase());
    expect(suggested.every((u) => notBack.includes(u))).toBe(true);
  });

  it('the forecast and the metrics tips read never see the partial list as a count', async () => {
    const metrics = await svc.call('adviceMetrics', { accountId });
    expect(metrics!.followers).toBe(first.followers.length);
    expect(metrics!.snapshots.map((p) => p.followers)).toEqual([first.followers.length]);
    const forecast = await svc.call('forecast', { accountId });
    expect(forecast.current).toBe(first.followers.length);
    const tips = await svc.call('tips', { accountId });
    expect(tips.tips.map((t) => t.id).join(' ')).not.toMatch(/follower-decline|ratio-drift/);
  });

  it('a whole export after it is a count again; its churn has no base in the partial one', async () => {
    const file = writeInstagramExport(
      model,
      2,
      { shape: '2025', format: 'json', container: 'zip' },
      path.join(dir, instagramExportName(model, 2)),
    ).path;
    await svc.call('importPaths', { jobId: 'j2', paths: [file] });
    const growth = await svc.call('growthSeries', { accountId, granularity: 'month' });
    expect(growth.snapshots.map((s) => s.followers)).toEqual([
      first.followers.length,
      null,
      last.followers.length,
    ]);
    expect(growth.snapshots[2]!.churnRate).toBeNull();
    const retention = await svc.call('retention', { accountId });
    expect(retention.churn).toEqual([]);
  });
});
