// Tag counts kept between calls (advice_tag_stats, advice_tag_lists, advice_tagged_following) must follow
// every change at once: tagging and untagging by hand, tag rules, a tag set by another connection, a new
// import. Each expectation is computed from the generator's model of the account (who follows whom, and
// when), never from the tables under test; the calls go through the real service on a real imported export.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SuggestionResult, TagMetric } from '../../../src/shared/domain/advice';
import { median } from '../../../src/main/advice/stats';
import { taggedFollowingCount } from '../../../src/main/advice/tags';
import { addTags } from '../../../src/main/db/queries/audience-notes';
import { closeDatabase, openDatabase } from '../../../src/main/db/open';
import { createService, type Service } from '../../../src/main/service/service';
import { generateHistory, type HistoryModel, type HistorySnapshot } from '../../fixtures/history';
import { writeAccountExport } from '../../fixtures/tiktok/export';
import { tempDir } from '../../helpers/temp';

const DAY_MS = 86_400_000;

let dir: string;
let cleanup: () => void;
let service: Service;
let model: HistoryModel;
let accountId: number;

const call = async <T>(name: string, input: unknown): Promise<T> => {
  const r = await service.dispatch(name as never, input as never);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

async function importSnapshot(index: number): Promise<void> {
  const file = path.join(dir, `export-${index}.json`);
  writeAccountExport(model, index, { layout: 'B', container: 'json' }, file);
  const [report] = await call<{ accountId: number }[]>('importPaths', { jobId: `j${index}`, paths: [file] });
  accountId = report!.accountId;
}

/** What a tag's counts must be in a snapshot of the model, for the accounts carrying it. */
function expected(snapshot: HistorySnapshot, tag: string, tagged: Iterable<string>): TagMetric {
  const members = new Set([...tagged].map((u) => u.toLowerCase()));
  const followerAt = new Map(snapshot.followers.map((f) => [f.username.toLowerCase(), f.followedAtMs]));
  const followed = snapshot.following.filter((f) => members.has(f.username.toLowerCase()));
  const back = followed.filter((f) => followerAt.has(f.username.toLowerCase()));
  const delays = back
    .map((f) => followerAt.get(f.username.toLowerCase())! - f.followedAtMs)
    .filter((ms) => ms >= 0)
    .map((ms) => ms / DAY_MS);
  return {
    tag,
    following: followed.length,
    followBack: back.length,
    followBackRate: followed.length > 0 ? back.length / followed.length : null,
    medianDaysToFollowBack: delays.length > 0 ? median(delays) : null,
  };
}

async function tagMetricsNow(): Promise<Map<string, TagMetric>> {
  const { tags } = await call<{ tags: TagMetric[] }>('tagRules', { accountId });
  return new Map(tags.map((t) => [t.tag, t]));
}

function expectMetric(actual: TagMetric | undefined, want: TagMetric): void {
  expect(actual).toBeDefined();
  expect({ ...actual!, medianDaysToFollowBack: null }).toEqual({ ...want, medianDaysToFollowBack: null });
  if (want.medianDaysToFollowBack === null) expect(actual!.medianDaysToFollowBack).toBeNull();
  else expect(actual!.medianDaysToFollowBack).toBeCloseTo(want.medianDaysToFollowBack, 6);
}

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  model = generateHistory({
    seed: 16,
    username: 'tag.counts',
    startFollowers: 300,
    followingCount: 240,
    snapshots: 2,
    months: 2,
  });
  service = createService({ dbPath: path.join(dir, 'tags.db'), resourcesDir: dir, host: 'in-process' });
  await importSnapshot(0);
});
afterEach(() => {
  service.close();
  cleanup();
});

describe('tag counts kept between calls', () => {
  it('follow tagging and untagging by hand, and each row shows its tags', async () => {
    const first = model.snapshots[0]!;
    const following = first.following.map((f) => f.username);
    // Both mutuals and one-way follows, so the follow-back counts are not trivially all or none.
    const fit = following.slice(0, 60);
    const food = following.slice(40, 90);
    await call('addTags', { accountId, usernames: fit, tags: ['Fit'] });
    await call('addTags', { accountId, usernames: food, tags: ['food'] });
    let m = await tagMetricsNow();
    expectMetric(m.get('fit'), expected(first, 'fit', fit));
    expectMetric(m.get('food'), expected(first, 'food', food));
    // A second read (kept counts) says the same.
    m = await tagMetricsNow();
    expectMetric(m.get('fit'), expected(first, 'fit', fit));

    // Rows read the tags now (and the lookup is kept for the next call)...
    const rowTags = async (u: string) =>
      (await call<SuggestionResult>('suggestions', { accountId, list: 'review', limit: 100_000 })).rows.find(
        (r) => r.username === u,
      )?.tags;
    const shown = (
      await call<SuggestionResult>('suggestions', { accountId, list: 'review', limit: 100_000 })
    ).rows
      .map((r) => r.username)
      .find((u) => fit.includes(u) && !food.includes(u))!;
    expect(shown).toBeDefined();
    expect(await rowTags(shown)).toEqual(['fit']);

    // ...until ten are untagged (written in another case: usernames and tags compare without case).
    const untagged = [shown, ...fit.filter((u) => u !== shown).slice(0, 9)];
    const stillFit = fit.filter((u) => !untagged.includes(u));
    await call('removeTags', { accountId, usernames: untagged.map((u) => u.toUpperCase()), tags: ['FIT'] });
    m = await tagMetricsNow();
    expectMetric(m.get('fit'), expected(first, 'fit', stillFit));
    expectMetric(m.get('food'), expected(first, 'food', food)); // untouched tag, same counts
    expect(await rowTags(shown)).toEqual([]);

    // The review list names each followed account's tags, sorted and lower-case.
    const review = await call<SuggestionResult>('suggestions', { accountId, list: 'review', limit: 100_000 });
    for (const row of review.rows) {
      const u = row.username;
      const want = [...(food.includes(u) ? ['food'] : []), ...(stillFit.includes(u) ? ['fit'] : [])].sort();
      expect(row.tags, u).toEqual(want);
    }
    expect(review.rows.some((r) => r.tags.length === 2)).toBe(true);

    // Untagging every account of a tag removes the tag.
    await call('removeTags', { accountId, usernames: food, tags: ['food'] });
    m = await tagMetricsNow();
    expect(m.has('food')).toBe(false);
  });

  it('follow tag rules added and deleted, together with hand tags of the same tag', async () => {
    const first = model.snapshots[0]!;
    const everyone = new Set([...first.following, ...first.followers].map((f) => f.username));
    // A two-letter piece of the generator's usernames that some, not all, followed accounts contain.
    const piece = [...'aeiou']
      .flatMap((a) => [...'nrstl'].map((b) => a + b))
      .find((p) => {
        const n = first.following.filter((f) => f.username.toLowerCase().includes(p)).length;
        return n >= 10 && n <= first.following.length - 10;
      })!;
    const matching = [...everyone].filter((u) => u.toLowerCase().includes(piece));
    const byHand = first.following.map((f) => f.username).slice(0, 20);
    await call('addTags', { accountId, usernames: byHand, tags: ['niche'] });
    const { rules } = await call<{ rules: { id: number }[] }>('addTagRule', {
      accountId,
      tag: 'Niche',
      field: 'username',
      contains: piece.toUpperCase(),
    });
    let m = await tagMetricsNow();
    expectMetric(m.get('niche'), expected(first, 'niche', [...byHand, ...matching]));

    await call('deleteTagRule', { accountId, ruleId: rules[0]!.id });
    m = await tagMetricsNow();
    expectMetric(m.get('niche'), expected(first, 'niche', byHand));
  });

  it('see a tag set by another connection, and count a new import on its own', async () => {
    const first = model.snapshots[0]!;
    const tagged = first.following.map((f) => f.username).slice(0, 50);
    await call('addTags', { accountId, usernames: tagged, tags: ['dance'] });
    expectMetric((await tagMetricsNow()).get('dance'), expected(first, 'dance', tagged));

    // The CLI (another connection) tags more while the app keeps its counts.
    const more = first.following.map((f) => f.username).slice(50, 80);
    const other = openDatabase(path.join(dir, 'tags.db'));
    addTags(other, accountId, more, ['dance']);
    closeDatabase(other);
    expectMetric((await tagMetricsNow()).get('dance'), expected(first, 'dance', [...tagged, ...more]));

    // A newer export: the counts are those of its lists (accounts followed since, unfollowed since).
    await importSnapshot(1);
    const second = model.snapshots[1]!;
    expectMetric((await tagMetricsNow()).get('dance'), expected(second, 'dance', [...tagged, ...more]));

    // The niche share reads the same kept count: followed accounts carrying any tag.
    const db = service.context.db;
    const latest = db.prepare('SELECT MAX(id) FROM snapshots').pluck().get() as number;
    const members = new Set([...tagged, ...more]);
    const want = second.following.filter((f) => members.has(f.username)).length;
    expect(taggedFollowingCount(db, latest)).toBe(want);
    const niche = await call<SuggestionResult>('suggestions', { accountId, list: 'niche' });
    const share = Math.round((want / second.following.length) * 100);
    expect(niche.notes.some((n) => n.startsWith(`${share}% of your following is in your niche tags;`))).toBe(
      true,
    );
  });

  it('does not wait for another connection that is writing: counts without keeping, keeps them later', async () => {
    const first = model.snapshots[0]!;
    const tagged = first.following.map((f) => f.username).slice(0, 40);
    await call('addTags', { accountId, usernames: tagged, tags: ['art'] });
    const db = service.context.db;
    const keptRows = () => db.prepare('SELECT COUNT(*) FROM advice_tag_stats').pluck().get() as number;
    expect(keptRows()).toBe(0);

    const writer = openDatabase(path.join(dir, 'tags.db'));
    writer.exec('BEGIN IMMEDIATE'); // an import in progress holds the write lock
    try {
      const start = performance.now();
      expectMetric((await tagMetricsNow()).get('art'), expected(first, 'art', tagged));
      expect(performance.now() - start).toBeLessThan(2_000); // the busy timeout is 5 s
      expect(keptRows()).toBe(0);
    } finally {
      writer.exec('COMMIT');
      closeDatabase(writer);
    }
    expectMetric((await tagMetricsNow()).get('art'), expected(first, 'art', tagged));
    expect(keptRows()).toBe(1);
  });
});
