// Aggregates follow the snapshots (added out of order, deleted, re-dated); keep/tags/notes outlive them.
import { afterEach, describe, expect, it } from 'vitest';
import { audienceKpiSeries } from '../../../src/main/analytics/audience-facts';
import { audienceList } from '../../../src/main/analytics/audience-lists';
import { refreshAudienceAggregates } from '../../../src/main/analytics/audience-refresh';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/open';
import { addTags, listTags, removeTags, setKeep, setNote } from '../../../src/main/db/queries/audience-notes';
import { deleteSnapshot, setSnapshotTime } from '../../../src/main/db/queries/snapshots';
import { generateHistory, type HistorySnapshot } from '../../fixtures/history';
import { loadHistory, tempDbPath } from './load-history';

const model = generateHistory({
  seed: 77,
  username: 'fresh.test',
  startFollowers: 800,
  followingCount: 120,
  snapshots: 4,
  months: 6,
});
const opened: Db[] = [];
const open = () => {
  const db = openDatabase(tempDbPath());
  opened.push(db);
  return db;
};
afterEach(() => opened.splice(0).forEach(closeDatabase));

const lostNames = (s: HistorySnapshot) => s.truth.lost.map((r) => r.username).sort();

describe('freshness', () => {
  it('an older export imported last slots into place and later diffs are recomputed', () => {
    const db = open();
    const { accountId } = loadHistory(db, model, [0, 2, 3]);
    const before = audienceKpiSeries(db, accountId);
    // Without snapshot 1, snapshot 2's diff spans two intervals.
    expect(before[1]!.lost).toBeGreaterThanOrEqual(model.snapshots[2]!.truth.lost.length);
    loadHistory(db, model, [1]);
    const after = audienceKpiSeries(db, accountId);
    // The first export's losses are unknown (nothing before it), not 0.
    expect(after.map((k) => k.lost)).toEqual(
      model.snapshots.map((s, i) => (i === 0 ? null : s.truth.lost.length)),
    );
    expect(refreshAudienceAggregates(db, accountId).recomputed).toBe(0);
  });

  it('deleting a snapshot drops its aggregates and rejoins its neighbours', () => {
    const db = open();
    const { accountId, snapshotIds } = loadHistory(db, model);
    audienceKpiSeries(db, accountId);
    deleteSnapshot(db, snapshotIds[1]!);
    const series = audienceKpiSeries(db, accountId);
    expect(series.map((k) => k.snapshotId)).toEqual([snapshotIds[0], snapshotIds[2], snapshotIds[3]]);
    const s0 = new Set(model.snapshots[0]!.followers.map((f) => f.username));
    const s2 = new Set(model.snapshots[2]!.followers.map((f) => f.username));
    expect(series[1]!.lost).toBe([...s0].filter((u) => !s2.has(u)).length);
    expect(
      db.prepare('SELECT COUNT(*) FROM audience_events WHERE snapshot_id = ?').pluck().get(snapshotIds[1]),
    ).toBe(0);
  });

  it('re-dating a snapshot reorders the comparisons', () => {
    const db = open();
    const { accountId, snapshotIds } = loadHistory(db, model);
    audienceKpiSeries(db, accountId);
    setSnapshotTime(db, snapshotIds[0]!, model.snapshots[3]!.takenAtMs + 1000);
    expect(audienceKpiSeries(db, accountId).map((k) => k.snapshotId)).toEqual([
      ...snapshotIds.slice(1),
      snapshotIds[0],
    ]);
  });
});

describe('keep, tags and notes', () => {
  it('are stored per username and survive the handle being deleted and re-imported', () => {
    const db = open();
    const { accountId, snapshotIds } = loadHistory(db, model, [0, 1]);
    const gone = lostNames(model.snapshots[1]!);
    expect(gone.length).toBeGreaterThan(1);
    const [a, b] = gone as [string, string];
    setKeep(db, accountId, [a, b], true);
    addTags(db, accountId, [a, b], ['friend', 'Brand']);
    removeTags(db, accountId, [b], ['brand']); // case-insensitive
    setNote(db, accountId, a.toUpperCase(), 'met at a meetup');
    // Snapshot 0 is the only one listing them: deleting it deletes their handles.
    deleteSnapshot(db, snapshotIds[0]!);
    expect(
      db
        .prepare('SELECT COUNT(*) FROM handles WHERE account_id = ? AND username IN (?, ?)')
        .pluck()
        .get(accountId, a, b),
    ).toBe(0);
    const { snapshotIds: again } = loadHistory(db, model, [0]);
    const rows = audienceList(db, accountId, {
      list: 'unfollowers',
      snapshotId: snapshotIds[1],
      offset: 0,
      limit: 5000,
      sort: { key: 'username', dir: 'asc' },
    }).rows;
    expect(again).toHaveLength(1);
    const ra = rows.find((r) => r.username === a)!;
    const rb = rows.find((r) => r.username === b)!;
    expect(ra).toMatchObject({ keep: true, note: 'met at a meetup', tags: ['Brand', 'friend'] });
    expect(rb).toMatchObject({ keep: true, note: '', tags: ['friend'] });
    expect(
      rows
        .filter((r) => r.keep)
        .map((r) => r.username)
        .sort(),
    ).toEqual([a, b].sort());
    expect(listTags(db, accountId)).toEqual([
      { tag: 'Brand', count: 1 },
      { tag: 'friend', count: 2 },
    ]);
    const tagged = audienceList(db, accountId, {
      list: 'unfollowers',
      snapshotId: snapshotIds[1],
      offset: 0,
      limit: 100,
      sort: { key: 'username', dir: 'asc' },
      tag: 'FRIEND',
    });
    expect(tagged.rows.map((r) => r.username).sort()).toEqual([a, b].sort());
    setKeep(db, accountId, [b], false);
    removeTags(db, accountId, [b], ['friend']);
    expect(
      db
        .prepare('SELECT COUNT(*) FROM audience_notes WHERE account_id = ? AND username = ?')
        .pluck()
        .get(accountId, b),
    ).toBe(0);
  });
});
