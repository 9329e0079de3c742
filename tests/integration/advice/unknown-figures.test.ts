// Unknown is not zero, inside the tips: a figure whose list no export carried is null in the metrics,
// and no rule turns it into a 0, a ratio or a loss. Real exports from the generator, imported through
// the real service; each case has a control with the list present, where the same history does fire
// the tip, so a silent rule is silent because of the missing list and not for lack of a reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { PARTIAL_EXPORTS, type PartialKind } from '../../fixtures/tiktok/partial';
import { startService } from '../import/service-helpers';

const USER = 'unknown.figures';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

// A shrinking account that follows many more accounts than follow it: with both lists known, the
// ratio and the loss tips have every reason to fire.
const model = generateHistory({
  seed: 4242,
  username: USER,
  startFollowers: 300,
  followingCount: 450,
  snapshots: 3,
  months: 2,
  monthlyGrowth: 0,
  monthlyChurn: 0.2,
  refollowChance: 0,
});

/** Tips that read the following list (directly, or through mutuals and the tag follow-back rates). */
const FOLLOWING_TIPS = [
  'ratio-high',
  'ratio-drift',
  'review-backlog',
  'niche-share',
  'best-follow-back-niche',
  'low-follow-back-niche',
  'mass-follow',
];
/** Tips that report followers lost. */
const LOSS_TIPS = ['follower-decline', 'mutuals-lost', 'churn-after-post'];

async function importHistory(kinds: readonly (PartialKind | 'full')[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-unknown-'));
  dirs.push(dir);
  const svc = startService(path.join(dir, 'test.db'));
  let accountId = 0;
  for (const [index, kind] of kinds.entries()) {
    const file = path.join(dir, `export-${index}.zip`);
    const options = kind === 'full' ? {} : PARTIAL_EXPORTS[kind];
    writeAccountExport(model, index, { layout: 'C', container: 'zip', ...options }, file);
    const [report] = await svc.call('importPaths', {
      jobId: `job-${index}`,
      paths: [file],
      account: USER,
      exportedAt: new Date(model.snapshots[index]!.takenAtMs).toISOString(),
    });
    accountId = report!.accountId;
  }
  const metrics = (await svc.call('adviceMetrics', { accountId }))!;
  const { tips } = await svc.call('tips', { accountId });
  return { metrics, ids: tips.map((t) => t.id), tips };
}

describe('tips on figures no export carried', () => {
  it('control: with both lists, the same history gets a ratio tip and a loss tip', async () => {
    const { metrics, ids } = await importHistory(['full', 'full', 'full']);
    expect(metrics.following).toBe(model.snapshots[2]!.following.length);
    expect(ids).toContain('ratio-high');
    expect(ids).toContain('follower-decline');
  });

  it('exports that never carried following: following-based figures null, no following-based tip', async () => {
    const { metrics, ids } = await importHistory(['noFollowing', 'noFollowing', 'noFollowing']);
    expect(metrics.followers).toBe(model.snapshots[2]!.followers.length);
    expect(metrics.following).toBeNull();
    expect(metrics.followingAsOf).toBeNull();
    expect(metrics.mutuals).toBeNull();
    expect(metrics.followBackRate).toBeNull();
    expect(metrics.fansNotFollowedBack).toBeNull();
    expect(metrics.notFollowingBack).toBeNull();
    expect(metrics.notFollowingBackOlderThanReview).toBeNull();
    expect(metrics.fansNotFollowedBackWithMessages).toBeNull();
    for (const id of FOLLOWING_TIPS) expect(ids).not.toContain(id);
  });

  it('a newest export without followers: no loss tip, and followers as of the last export with them', async () => {
    const { metrics, ids, tips } = await importHistory(['full', 'full', 'likesOnly']);
    expect(metrics.followers).toBe(model.snapshots[1]!.followers.length);
    expect(metrics.followersAsOf).toBe(model.snapshots[1]!.takenAtMs);
    for (const id of LOSS_TIPS) expect(ids).not.toContain(id);
    for (const tip of tips) expect(tip.evidence.text).not.toMatch(/\blost\b|no longer follow you/);
  });

  it('an export with neither list: every audience figure and the activity it lacks are null', async () => {
    const { metrics, ids } = await importHistory(['likesOnly']);
    expect(metrics.followers).toBeNull();
    expect(metrics.following).toBeNull();
    expect(metrics.mutuals).toBeNull();
    expect(metrics.commentsMadeLast28).toBeNull();
    expect(metrics.likesGivenLast28).not.toBeNull();
    for (const id of [...FOLLOWING_TIPS, ...LOSS_TIPS, 'fans-waiting', 'low-outgoing-engagement'])
      expect(ids).not.toContain(id);
  });
});
