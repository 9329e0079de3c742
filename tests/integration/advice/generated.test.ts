// Suggestions and tips on a generated history (tests/fixtures/history.ts): the generator knows who
// follows whom at every export, so every list is checked against sets computed from its truth.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectMetrics } from '../../../src/main/advice/collect-metrics';
import { writeTipState } from '../../../src/main/advice/store';
import { suggestions } from '../../../src/main/advice/suggestions';
import { tipsForAccount } from '../../../src/main/advice/tips/for-account';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/open';
import { DAY_MS, fansNotFollowedBack, generateHistory, type HistoryModel } from '../../fixtures/history';
import { loadHistory } from '../audience/load-history';
import { tempDb } from './seed';

const model: HistoryModel = generateHistory({
  seed: 606,
  username: 'advice.test',
  startFollowers: 600,
  followingCount: 250,
  snapshots: 5,
  months: 8,
});
const last = model.snapshots[model.snapshots.length - 1]!;
let db: Db;
let dbPath: string;
let accountId: number;

beforeAll(() => {
  dbPath = tempDb();
  db = openDatabase(dbPath);
  ({ accountId } = loadHistory(db, model));
});
afterAll(() => closeDatabase(db));

const sorted = (xs: string[]) => [...xs].sort();

describe('lists against the generator', () => {
  it('follow back = followers not followed back at the newest export', () => {
    const r = suggestions(db, accountId, 'follow-back', 100_000);
    expect(r.total).toBeGreaterThan(0);
    expect(sorted(r.rows.map((x) => x.username))).toEqual(sorted(fansNotFollowedBack(last)));
  });

  it('review = follows older than 30 days never seen among followers in any export', () => {
    const everFollower = new Set(model.snapshots.flatMap((s) => s.followers.map((f) => f.username)));
    const cutoff = last.takenAtMs - 30 * DAY_MS;
    const expected = last.following.filter((f) => !everFollower.has(f.username) && f.followedAtMs < cutoff);
    expect(expected.length).toBeGreaterThan(0);
    const r = suggestions(db, accountId, 'review', 100_000);
    expect(r.rows.map((x) => x.username)).toEqual(
      [...expected]
        .sort((a, b) => a.followedAtMs - b.followedAtMs || a.username.localeCompare(b.username))
        .map((f) => f.username),
    );
  });

  it('reconnect = mutuals of any earlier export who no longer follow', () => {
    const nowFollowers = new Set(last.followers.map((f) => f.username));
    const expected = new Set<string>();
    for (const s of model.snapshots.slice(0, -1)) {
      const following = new Set(s.following.map((f) => f.username));
      for (const f of s.followers)
        if (following.has(f.username) && !nowFollowers.has(f.username)) expected.add(f.username);
    }
    expect(expected.size).toBeGreaterThan(0);
    const r = suggestions(db, accountId, 'reconnect', 100_000);
    expect(sorted(r.rows.map((x) => x.username))).toEqual(sorted([...expected]));
  });

  it('interval metrics match the generator truth', () => {
    const m = collectMetrics(db, accountId)!;
    model.snapshots.slice(1).forEach((s, i) => {
      expect(m.intervals[i]!.followersLost).toBe(s.truth.lost.length);
      expect(m.intervals[i]!.followersGained).toBe(s.truth.gained.length);
    });
    expect(m.followers).toBe(last.followers.length);
  });
});

describe('tips', () => {
  it('dismissed tips stay dismissed; the CLI prints the active ones as JSON', () => {
    const tips = tipsForAccount(db, accountId, last.takenAtMs);
    expect(tips.length).toBeGreaterThan(0);
    const first = tips[0]!;
    writeTipState(db, accountId, first.id, 'dismissed', null);
    expect(tipsForAccount(db, accountId, last.takenAtMs).find((t) => t.id === first.id)!.status).toBe(
      'dismissed',
    );

    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'tips', '--db', dbPath, '--json'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const { timeZone, tips: printed } = JSON.parse(out) as {
      timeZone: string;
      tips: {
        id: string;
        dimension: string;
        title: string;
        priority: string;
        evidence: { text: string };
        sample: { size: number; unit: string; minimum: number };
      }[];
    };
    // No --tz and no zone chosen in Settings: the system's zone.
    expect(timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(printed.map((t) => t.id)).not.toContain(first.id);
    for (const t of printed) {
      expect(t).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          dimension: expect.any(String),
          title: expect.any(String),
          priority: expect.any(String),
        }),
      );
      expect(t.evidence.text.length).toBeGreaterThan(10);
      // Every tip states its sample, and fires only at or above its minimum.
      expect(t.sample.size).toBeGreaterThanOrEqual(t.sample.minimum);
    }
    const review = JSON.parse(
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'suggest', 'review', '--db', dbPath, '--json', '--limit', '5'],
        {
          encoding: 'utf8',
          timeout: 60_000,
        },
      ),
    ) as { username: string; score: number; reason: string }[];
    expect(review.map((r) => r.username)).toEqual(
      suggestions(db, accountId, 'review', 5).rows.map((r) => r.username),
    );
  });
});
