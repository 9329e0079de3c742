// Every audience number checked against what the history generator knows it did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audienceFacts, audienceKpiSeries, mutualsLost } from '../../../src/main/analytics/audience-facts';
import { audienceList, audienceListAll } from '../../../src/main/analytics/audience-lists';
import { growthSeries } from '../../../src/main/analytics/growth-series';
import { reciprocity } from '../../../src/main/analytics/reciprocity';
import { retentionTable } from '../../../src/main/analytics/retention';
import { snapshotDiff } from '../../../src/main/analytics/snapshot-diff';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/open';
import type { AudienceListKind } from '../../../src/shared/domain';
import {
  DAY_MS,
  fansNotFollowedBack,
  generateHistory,
  mutuals,
  notFollowingBack,
  type HistoryModel,
  type HistorySnapshot,
} from '../../fixtures/history';
import { loadHistory, tempDbPath } from './load-history';

const model: HistoryModel = generateHistory({
  seed: 4242,
  username: 'audience.test',
  startFollowers: 2500,
  followingCount: 300,
  snapshots: 6,
  months: 10,
  refollowChance: 0.35,
});
let db: Db;
let accountId: number;
let snapshotIds: number[];

beforeAll(() => {
  db = openDatabase(tempDbPath());
  ({ accountId, snapshotIds } = loadHistory(db, model));
});
afterAll(() => closeDatabase(db));

const names = (list: { username: string }[]) => list.map((r) => r.username).sort();
const iso = (ms: number) => new Date(ms).toISOString();
const newOnly = (s: HistorySnapshot) => {
  const back = new Set(s.truth.refollowed.map((r) => r.username));
  return s.truth.gained.filter((r) => !back.has(r.username));
};

function allRows(list: AudienceListKind, snapshotId?: number) {
  return [...audienceListAll(db, accountId, { list, snapshotId, sort: { key: 'username', dir: 'asc' } })];
}

describe('per-snapshot counts and changes', () => {
  it('matches the generator at every snapshot', () => {
    const series = audienceKpiSeries(db, accountId);
    expect(series.map((k) => k.snapshotId)).toEqual(snapshotIds);
    // The generator must actually exercise every kind of change, or this test proves nothing.
    expect(model.snapshots.some((s) => s.truth.refollowed.length > 0)).toBe(true);
    model.snapshots.forEach((snap, i) => {
      const k = series[i]!;
      expect(k.takenAt).toBe(iso(snap.takenAtMs));
      expect(k.followers).toBe(snap.followers.length);
      expect(k.following).toBe(snap.following.length);
      expect(k.mutuals).toBe(mutuals(snap).length);
      expect(k.followBackRate).toBeCloseTo(mutuals(snap).length / snap.following.length, 12);
      expect(k.ratio).toBeCloseTo(snap.followers.length / snap.following.length, 12);
      // The first export has nothing to compare with: its changes are unknown, not 0.
      const first = i === 0;
      expect(k.gained).toBe(first ? null : newOnly(snap).length);
      expect(k.refollowed).toBe(first ? null : snap.truth.refollowed.length);
      expect(k.lost).toBe(first ? null : snap.truth.lost.length);
      if (first) expect(k.followingGained).toBeNull();
      else expect(k.followingGained! + k.followingRefollowed!).toBe(snap.truth.followed.length);
      expect(k.followingLost).toBe(first ? null : snap.truth.unfollowed.length);
      const since = (d: number) =>
        snap.followers.filter((f) => f.followedAtMs >= snap.takenAtMs - d * DAY_MS).length;
      expect(k.newFollowers7d).toBe(since(7));
      expect(k.newFollowers30d).toBe(since(30));
      expect(k.profileFollowers).toBe(snap.followers.length);
      expect(k.previousTakenAt).toBe(i === 0 ? null : iso(model.snapshots[i - 1]!.takenAtMs));
    });
  });

  it('facts = newest snapshot, changes since the previous one; diff names both sides', () => {
    const o = audienceFacts(db, accountId);
    const last = model.snapshots.at(-1)!;
    const before = model.snapshots.at(-2)!;
    expect(o.followers.value).toBe(last.followers.length);
    expect(o.followers.asOf).toBe(iso(last.takenAtMs));
    expect(o.followers.change).toBe(last.followers.length - before.followers.length);
    expect(o.followers.since).toBe(iso(before.takenAtMs));
    const d = snapshotDiff(db, accountId, snapshotIds[2])!;
    const s2 = model.snapshots[2]!;
    expect(d.previousSnapshotId).toBe(snapshotIds[1]);
    expect(d.followers).toEqual({
      gained: newOnly(s2).length,
      lost: s2.truth.lost.length,
      refollowed: s2.truth.refollowed.length,
      from: iso(model.snapshots[1]!.takenAtMs),
    });
    expect(d.following.lost).toBe(s2.truth.unfollowed.length);
  });
});

describe('lists', () => {
  it('reciprocity lists at the newest snapshot', () => {
    const last = model.snapshots.at(-1)!;
    expect(names(allRows('mutuals'))).toEqual(mutuals(last).sort());
    expect(names(allRows('fans-not-followed-back'))).toEqual(fansNotFollowedBack(last).sort());
    expect(names(allRows('not-following-back'))).toEqual(notFollowingBack(last).sort());
  });

  it('unfollowers, new followers and refollows in every window, with their dates', () => {
    model.snapshots.forEach((snap, i) => {
      if (i === 0) return;
      const id = snapshotIds[i];
      const lost = allRows('unfollowers', id);
      expect(names(lost)).toEqual(names(snap.truth.lost));
      const lostAt = new Map(snap.truth.lost.map((r) => [r.username, iso(r.followedAtMs)]));
      for (const r of lost) expect(r.followedAt).toBe(lostAt.get(r.username));
      expect(names(allRows('new-followers', id))).toEqual(names(newOnly(snap)));
      const back = allRows('refollows', id);
      expect(names(back)).toEqual(names(snap.truth.refollowed));
      const backAt = new Map(snap.truth.refollowed.map((r) => [r.username, iso(r.followedAtMs)]));
      for (const r of back) expect(r.followedAt).toBe(backAt.get(r.username));
    });
    const page = audienceList(db, accountId, {
      list: 'unfollowers',
      offset: 0,
      limit: 10,
      sort: { key: 'username', dir: 'asc' },
    });
    expect(page.window).toEqual({
      from: iso(model.snapshots.at(-2)!.takenAtMs),
      to: iso(model.snapshots.at(-1)!.takenAtMs),
    });
    expect(page.total).toBe(model.snapshots.at(-1)!.truth.lost.length);
  });

  it('not following back carries your follow date and how long it is outstanding', () => {
    const last = model.snapshots.at(-1)!;
    const followed = new Map(last.following.map((r) => [r.username, r.followedAtMs]));
    for (const r of allRows('not-following-back')) {
      const at = followed.get(r.username)!;
      expect(r.youFollowedAt).toBe(iso(at));
      expect(r.outstandingMs).toBe(last.takenAtMs - at);
    }
  });

  it('pages, sorts and searches the million-row list shape', () => {
    const last = model.snapshots.at(-1)!;
    const fans = fansNotFollowedBack(last);
    const expected = [...fans].sort();
    const p1 = audienceList(db, accountId, {
      list: 'fans-not-followed-back',
      offset: 0,
      limit: 50,
      sort: { key: 'username', dir: 'asc' },
    });
    const p2 = audienceList(db, accountId, {
      list: 'fans-not-followed-back',
      offset: 50,
      limit: 50,
      sort: { key: 'username', dir: 'asc' },
    });
    expect(p1.total).toBe(fans.length);
    expect([...p1.rows, ...p2.rows].map((r) => r.username)).toEqual(expected.slice(0, 100));
    const desc = audienceList(db, accountId, {
      list: 'fans-not-followed-back',
      offset: 0,
      limit: 30,
      sort: { key: 'followedAt', dir: 'desc' },
    });
    const at = new Map(last.followers.map((f) => [f.username, f.followedAtMs]));
    const newest = fans
      .map((u) => at.get(u)!)
      .sort((a, b) => b - a)
      .slice(0, 30)
      .map(iso);
    expect(desc.rows.map((r) => r.followedAt)).toEqual(newest);
    const search = audienceList(db, accountId, {
      list: 'fans-not-followed-back',
      offset: 0,
      limit: 5000,
      sort: { key: 'username', dir: 'asc' },
      search: 'KOALA',
    });
    const matching = expected.filter((u) => u.includes('koala'));
    expect(matching.length).toBeGreaterThan(0);
    expect(search.total).toBe(matching.length);
    expect(search.rows.map((r) => r.username)).toEqual(matching);
  });
});

describe('series, reciprocity timing, retention', () => {
  it('rebuilt curve counts only people still following at the newest snapshot', () => {
    const last = model.snapshots.at(-1)!;
    const g = growthSeries(db, accountId, 'month');
    expect(g.rebuilt.points.at(-1)!.followers).toBe(last.followers.length);
    expect(g.rebuilt.points.at(-1)!.following).toBe(last.following.length);
    for (const p of g.rebuilt.points) {
      const end = Date.UTC(Number(p.period.slice(0, 4)), Number(p.period.slice(5, 7)), 1);
      expect(p.followers).toBe(last.followers.filter((f) => f.followedAtMs < end).length);
    }
  });

  it('new follows per week count every follow ever seen once', () => {
    const g = growthSeries(db, accountId, 'week');
    const expected = new Map<string, number>();
    const add = (ms: number) => {
      const d = new Date(Math.floor(ms / DAY_MS) * DAY_MS);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      const key = d.toISOString().slice(0, 10);
      expected.set(key, (expected.get(key) ?? 0) + 1);
    };
    for (const f of model.snapshots[0]!.followers) add(f.followedAtMs);
    for (const s of model.snapshots.slice(1)) for (const f of s.truth.gained) add(f.followedAtMs);
    for (const p of g.newFollows) expect(p.followers, p.period).toBe(expected.get(p.period) ?? 0);
    expect(g.newFollows.reduce((n, p) => n + p.followers, 0)).toBe(
      [...expected.values()].reduce((a, b) => a + b, 0),
    );
    expect(new Set(g.newFollows.map((p) => new Date(p.period).getUTCDay()))).toEqual(new Set([1]));
  });

  it('marks the period of the newest export, and only it, as counted up to that export', () => {
    for (const granularity of ['day', 'week', 'month'] as const) {
      const g = growthSeries(db, accountId, granularity);
      const newest = g.snapshots.at(-1)!.takenAt;
      const last = g.newFollows.at(-1)!;
      expect(last.partialThrough, granularity).toBe(newest);
      // The period it starts holds the export: the export cut it short.
      expect(Date.parse(last.period)).toBeLessThanOrEqual(Date.parse(newest));
      expect(g.newFollows.slice(0, -1).every((p) => p.partialThrough === undefined)).toBe(true);
    }
  });

  it('snapshot points carry churn = lost / previous followers', () => {
    const g = growthSeries(db, accountId, 'day');
    g.snapshots.forEach((p, i) => {
      if (i === 0) return expect(p.churnRate).toBeNull();
      expect(p.churnRate).toBeCloseTo(
        model.snapshots[i]!.truth.lost.length / model.snapshots[i - 1]!.followers.length,
        12,
      );
    });
  });

  it('follow-back timing of mutuals', () => {
    const last = model.snapshots.at(-1)!;
    const theirs = new Map(last.followers.map((f) => [f.username, f.followedAtMs]));
    const lags = last.following
      .filter((g) => theirs.has(g.username))
      .map((g) => theirs.get(g.username)! - g.followedAtMs);
    const med = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return s.length === 0
        ? null
        : s.length % 2
          ? s[s.length >> 1]!
          : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
    };
    const r = reciprocity(db, accountId)!;
    expect(r.mutuals).toBe(mutuals(last).length);
    expect(r.fansNotFollowedBack).toBe(fansNotFollowedBack(last).length);
    expect(r.notFollowingBack).toBe(notFollowingBack(last).length);
    expect(r.datedPairs).toBe(lags.length);
    expect(r.medianTheirFollowBackMs).toBe(med(lags.filter((l) => l >= 0)));
    expect(r.medianYourFollowBackMs).toBe(med(lags.filter((l) => l < 0).map((l) => -l)));
  });

  it('retention cohorts: share of each month still following at each snapshot', () => {
    const t = retentionTable(db, accountId);
    const month = (ms: number) => iso(ms).slice(0, 7);
    const size = new Map<string, number>();
    const bump = (m: string) => size.set(m, (size.get(m) ?? 0) + 1);
    for (const f of model.snapshots[0]!.followers) bump(month(f.followedAtMs));
    for (const s of model.snapshots.slice(1)) for (const f of s.truth.gained) bump(month(f.followedAtMs));
    expect(t.cohorts.map((c) => c.month)).toEqual([...size.keys()].sort());
    for (const c of t.cohorts) {
      expect(c.size).toBe(size.get(c.month));
      model.snapshots.forEach((s, i) => {
        if (iso(s.takenAtMs).slice(0, 7) <= c.month) return expect(c.retained[i]).toBeNull();
        const still = s.followers.filter((f) => month(f.followedAtMs) === c.month).length;
        expect(c.retained[i]).toBe(still);
        expect(c.share[i]).toBeCloseTo(still / c.size, 12);
      });
    }
    expect(t.churn.map((c) => c.lost)).toEqual(model.snapshots.slice(1).map((s) => s.truth.lost.length));
  });
});

describe('mutuals lost', () => {
  // Followed each other at one export, no longer follow you at the next: from the generator's lists.
  const truth = (from: HistorySnapshot, to: HistorySnapshot) => {
    const still = new Set(to.followers.map((f) => f.username));
    return mutuals(from).filter((m) => !still.has(m)).length;
  };

  it('between consecutive exports (read from the kept changes) matches the generator', () => {
    const counts = model.snapshots
      .slice(1)
      .map((to, i) => mutualsLost(db, snapshotIds[i]!, snapshotIds[i + 1]!));
    expect(counts).toEqual(model.snapshots.slice(1).map((to, i) => truth(model.snapshots[i]!, to)));
    // Some mutuals must actually leave, or this test proves nothing.
    expect(counts.some((n) => n > 0)).toBe(true);
  });

  it('between exports further apart (read from the lists) matches the generator', () => {
    const last = model.snapshots.length - 1;
    expect(mutualsLost(db, snapshotIds[0]!, snapshotIds[last]!)).toBe(
      truth(model.snapshots[0]!, model.snapshots[last]!),
    );
  });
});
