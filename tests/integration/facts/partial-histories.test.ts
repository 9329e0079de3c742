// Histories mixing complete and partial exports, imported as files through the real service: summary,
// every audience list, every page's call, tips and suggestions must agree on each fact, match what the
// generator did, and never report a change that no two comparable exports show.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AudienceListKind } from '../../../src/shared/domain';
import { generateHistory, type HistorySnapshot } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { carriesLists, PARTIAL_EXPORTS, type PartialKind } from '../../fixtures/tiktok/partial';
import { startService, type TestService } from '../import/service-helpers';

const USER = 'truth.test';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const model = generateHistory({
  seed: 1010,
  username: USER,
  startFollowers: 140,
  followingCount: 70,
  snapshots: 3,
  months: 4,
  monthlyChurn: 0.08,
});

type Kind = PartialKind | 'full';
/** One export of the history: which snapshot of the model, and what the export carried. */
interface Step {
  index: number;
  kind: Kind;
}

async function importAll(steps: readonly Step[]): Promise<{ svc: TestService; accountId: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-truth-'));
  dirs.push(dir);
  const svc = startService(path.join(dir, 'test.db'));
  let accountId = 0;
  for (const [n, step] of steps.entries()) {
    const file = path.join(dir, `export-${n}.zip`);
    const options = step.kind === 'full' ? {} : PARTIAL_EXPORTS[step.kind];
    writeAccountExport(model, step.index, { layout: 'C', container: 'zip', ...options }, file);
    const [report] = await svc.call('importPaths', {
      jobId: `job-${n}`,
      paths: [file],
      account: USER,
      exportedAt: new Date(model.snapshots[step.index]!.takenAtMs).toISOString(),
    });
    accountId = report!.accountId;
    // The import report never turns a missing section into a 0.
    const lists = carriesLists(step.kind);
    expect(report!.counts.followers === null).toBe(!lists.followers);
    expect(report!.counts.following === null).toBe(!lists.following);
  }
  return { svc, accountId };
}

const lower = (names: Iterable<{ username: string }>) =>
  new Set([...names].map((r) => r.username.toLowerCase()));

/** What the generator says each fact must be, given which exports carried which list. */
function expected(steps: readonly Step[]) {
  const byTime = [...steps].sort((a, b) => a.index - b.index);
  const withFollowers = byTime
    .filter((s) => carriesLists(s.kind).followers)
    .map((s) => model.snapshots[s.index]!);
  const withFollowing = byTime
    .filter((s) => carriesLists(s.kind).following)
    .map((s) => model.snapshots[s.index]!);
  const withBoth = byTime
    .filter((s) => carriesLists(s.kind).followers && carriesLists(s.kind).following)
    .map((s) => model.snapshots[s.index]!);
  const f = withFollowers.at(-1);
  const g = withFollowing.at(-1);
  const both = withBoth.at(-1);
  const mutualsOf = (s: HistorySnapshot) => {
    const fans = lower(s.followers);
    return s.following.filter((x) => fans.has(x.username.toLowerCase())).length;
  };
  const pair = withFollowers.length >= 2 ? { from: withFollowers.at(-2)!, to: withFollowers.at(-1)! } : null;
  const lost = pair
    ? [...lower(pair.from.followers)].filter((u) => !lower(pair.to.followers).has(u)).length
    : null;
  const gained = pair
    ? [...lower(pair.to.followers)].filter((u) => !lower(pair.from.followers).has(u)).length
    : null;
  return {
    newest: model.snapshots[byTime.at(-1)!.index]!,
    followers: f ? f.followers.length : null,
    followersAsOf: f ? iso(f) : null,
    following: g ? g.following.length : null,
    mutuals: both ? mutualsOf(both) : null,
    fans: both ? both.followers.length - mutualsOf(both) : null,
    notBack: both ? both.following.length - mutualsOf(both) : null,
    gained,
    lost,
  };
}

const iso = (s: HistorySnapshot) => new Date(s.takenAtMs).toISOString();

async function listTotal(svc: TestService, accountId: number, list: AudienceListKind): Promise<number> {
  return (await svc.call('audienceList', { accountId, list, limit: 1 })).total;
}

/** Every check, for one history. */
async function checkAgreement(steps: readonly Step[]) {
  const { svc, accountId } = await importAll(steps);
  const want = expected(steps);
  const summary = await svc.call('summary', { accountId });
  const facts = await svc.call('audienceOverview', { accountId });
  const metrics = (await svc.call('adviceMetrics', { accountId }))!;

  // The generator's truth, in the summary and the facts.
  expect(summary.asOf).toBe(iso(want.newest));
  expect(facts.asOf).toBe(iso(want.newest));
  expect(summary.snapshots).toBe(steps.length);
  expect(summary.followers).toBe(want.followers);
  expect(summary.figuresAsOf.followers).toBe(want.followersAsOf);
  expect(summary.following).toBe(want.following);
  expect(summary.mutuals).toBe(want.mutuals);
  expect(summary.fansNotFollowedBack).toBe(want.fans);
  expect(summary.followingNotFollowingBack).toBe(want.notBack);
  expect(summary.lostSinceLastSnapshot).toBe(want.lost);
  expect(summary.gainedSinceLastSnapshot).toBe(want.gained);

  // Every reader of a fact gives the same number.
  expect(facts.followers.value).toBe(summary.followers);
  expect(facts.mutuals.value).toBe(summary.mutuals);
  expect(facts.fansNotFollowedBack.value).toBe(summary.fansNotFollowedBack);
  expect(facts.notFollowingBack.value).toBe(summary.followingNotFollowingBack);
  expect(facts.lost.value).toBe(summary.lostSinceLastSnapshot);
  expect(facts.gained.value).toBe(summary.gainedSinceLastSnapshot);
  // The tips read the same figures, unknown (null) where the summary's are.
  expect(metrics.followers).toBe(summary.followers);
  expect(metrics.followersAsOf === null).toBe(summary.followers === null);
  expect(metrics.following).toBe(summary.following);
  expect(metrics.mutuals).toBe(summary.mutuals);
  expect(metrics.followBackRate).toBe(facts.followBackRate.value);
  expect(metrics.fansNotFollowedBack).toBe(summary.fansNotFollowedBack);
  expect(metrics.notFollowingBack).toBe(summary.followingNotFollowingBack);

  // The Audience page's lists and counts.
  if (want.mutuals !== null) {
    expect(await listTotal(svc, accountId, 'mutuals')).toBe(want.mutuals);
    expect(await listTotal(svc, accountId, 'fans-not-followed-back')).toBe(want.fans);
    expect(await listTotal(svc, accountId, 'not-following-back')).toBe(want.notBack);
    const recip = (await svc.call('reciprocity', { accountId }))!;
    expect([recip.mutuals, recip.fansNotFollowedBack, recip.notFollowingBack]).toEqual([
      want.mutuals,
      want.fans,
      want.notBack,
    ]);
  }
  const unfollowers = await svc.call('audienceList', { accountId, list: 'unfollowers', limit: 1 });
  const arrived =
    (await listTotal(svc, accountId, 'new-followers')) + (await listTotal(svc, accountId, 'refollows'));
  expect(unfollowers.total).toBe(want.lost ?? 0);
  expect(arrived).toBe(want.gained ?? 0);
  if (want.lost === null) expect(unfollowers.window).toBeNull();

  // Growth, diff and retention pair only exports with a follower list.
  const growth = await svc.call('growthSeries', { accountId, granularity: 'month' });
  const lostInGrowth = growth.snapshots.map((s) => s.lost).filter((n) => n !== null);
  const retention = await svc.call('retention', { accountId });
  expect(retention.churn.map((c) => c.lost)).toEqual(lostInGrowth);
  const diff = await svc.call('snapshotDiff', { accountId });
  if (diff) expect(diff.followers.lost === null || diff.followers.lost === want.lost).toBe(true);

  // Tips and suggestions: no loss without two comparable exports, and the lists match the facts.
  const { tips } = await svc.call('tips', { accountId });
  const comparable = metrics.intervals.length > 0;
  for (const tip of tips) {
    if (!comparable) expect(['follower-decline', 'mutuals-lost', 'churn-after-post']).not.toContain(tip.id);
    if (want.lost === null) expect(tip.evidence.text).not.toMatch(/\d+ lost|no longer follow you/);
  }
  const followBack = await svc.call('suggestions', { accountId, list: 'follow-back', limit: 1 });
  expect(followBack.total).toBe(want.fans ?? 0); // the generator blocks nobody who follows
  if (want.lost === null) {
    const reconnect = await svc.call('suggestions', { accountId, list: 'reconnect', limit: 1 });
    expect(reconnect.total).toBe(0);
  }
  return { summary, facts, want };
}

describe('facts agree across complete and partial exports', () => {
  it('the generated history changes between snapshots (or these checks prove nothing)', () => {
    const e = expected([
      { index: 0, kind: 'full' },
      { index: 1, kind: 'full' },
    ]);
    expect(e.lost).toBeGreaterThan(0);
    expect(e.gained).toBeGreaterThan(0);
    expect(e.mutuals).toBeGreaterThan(0);
  });

  it('one export: figures known, changes unknown (not 0)', async () => {
    const { summary, facts } = await checkAgreement([{ index: 2, kind: 'full' }]);
    expect(summary.followers).toBe(model.snapshots[2]!.followers.length);
    expect(summary.lostSinceLastSnapshot).toBeNull();
    expect(facts.lost).toMatchObject({ value: null, since: null });
  });

  it('full then likes-only: no loss, figures as of the full export', async () => {
    const { summary, facts, want } = await checkAgreement([
      { index: 0, kind: 'full' },
      { index: 1, kind: 'likesOnly' },
    ]);
    expect(summary.asOf).toBe(iso(model.snapshots[1]!));
    expect(summary.figuresAsOf.followers).toBe(iso(model.snapshots[0]!));
    expect(facts.followers.asOf).toBe(iso(model.snapshots[0]!));
    expect(want.lost).toBeNull();
  });

  it('likes-only alone: every audience figure unknown', async () => {
    const { summary } = await checkAgreement([{ index: 0, kind: 'likesOnly' }]);
    expect(summary.asOf).toBe(iso(model.snapshots[0]!));
    expect(summary.followers).toBeNull();
    expect(summary.mutuals).toBeNull();
  });

  it('full, likes-only, full: the two full exports are compared across the partial one', async () => {
    const { want } = await checkAgreement([
      { index: 0, kind: 'full' },
      { index: 1, kind: 'likesOnly' },
      { index: 2, kind: 'full' },
    ]);
    expect(want.lost).toBeGreaterThan(0);
  });

  it('full then no-following: followers compared, following and mutuals from the full export', async () => {
    const { facts } = await checkAgreement([
      { index: 0, kind: 'full' },
      { index: 1, kind: 'noFollowing' },
    ]);
    expect(facts.following.asOf).toBe(iso(model.snapshots[0]!));
    expect(facts.mutuals.asOf).toBe(iso(model.snapshots[0]!));
    expect(facts.followers.asOf).toBe(iso(model.snapshots[1]!));
  });

  it('no profile counts: list figures are unaffected, profile figures unknown', async () => {
    const { facts } = await checkAgreement([
      { index: 0, kind: 'noProfileCounts' },
      { index: 1, kind: 'noProfileCounts' },
    ]);
    expect(facts.profileFollowers.value).toBeNull();
  });

  it('out of order: an older full export imported after a newer likes-only one slots into place', async () => {
    const { summary } = await checkAgreement([
      { index: 2, kind: 'likesOnly' },
      { index: 1, kind: 'full' },
      { index: 0, kind: 'full' },
    ]);
    expect(summary.asOf).toBe(iso(model.snapshots[2]!));
    expect(summary.figuresAsOf.followers).toBe(iso(model.snapshots[1]!));
  });
});
