// The snapshot writer driven directly through the ExportSink seam, with a generated history's truth.
import { describe, expect, it } from 'vitest';
import { accountSummary } from '../../../src/main/analytics/summary';
import { deleteSnapshot, listSnapshots } from '../../../src/main/db/queries/snapshots';
import type { ExportDescription } from '../../../src/main/import/sink';
import { SnapshotWriter } from '../../../src/main/import/snapshot-writer';
import { generateHistory, type HistoryModel } from '../../fixtures/history';
import { fingerprint, freshDbPath, withDb } from './helpers';

const description: ExportDescription = {
  format: 'json',
  layout: 'B',
  sourceName: 'user_data_tiktok.json',
  containerTime: null,
  bytesTotal: 0,
};

function model(snapshots = 3): HistoryModel {
  return generateHistory({
    seed: 7,
    username: 'writer.test',
    startFollowers: 400,
    followingCount: 150,
    snapshots,
    months: 6,
  });
}

/** Pushes one snapshot of the model into a writer, as a reader would. */
function feed(writer: SnapshotWriter, m: HistoryModel, index: number, withProfile = true): void {
  const s = m.snapshots[index]!;
  if (withProfile) {
    writer.profile({
      username: m.username,
      displayName: m.displayName,
      followerCount: s.followers.length,
      followingCount: s.following.length,
      likesReceived: s.likesReceived,
    });
  }
  for (const f of s.followers) writer.follower({ username: f.username, at: f.followedAtMs });
  writer.sectionDone('followers', s.followers.length);
  for (const f of s.following) writer.following({ username: f.username, at: f.followedAtMs });
  writer.sectionDone('following', s.following.length);
  for (const p of s.posts)
    writer.post({ postedAt: p.postedAtMs, likes: p.likes, title: p.title, sound: p.sound });
  writer.sectionDone('posts', s.posts.length);
}

async function importSnapshot(
  dbPath: string,
  m: HistoryModel,
  index: number,
  extra: { account?: string; profile?: boolean } = {},
) {
  const writer = SnapshotWriter.open({ dbPath });
  try {
    feed(writer, m, index, extra.profile ?? true);
  } catch (error) {
    writer.abort();
    throw error;
  }
  return await writer.finish({ description, account: extra.account });
}

describe('SnapshotWriter', () => {
  it('stores each snapshot with the counts and differences the generator knows', async () => {
    const dbPath = freshDbPath();
    const m = model();
    for (let i = 0; i < m.snapshots.length; i++) {
      const written = await importSnapshot(dbPath, m, i);
      const truth = m.snapshots[i]!;
      expect(written.duplicate).toBe(false);
      expect(written.counts.followers).toBe(truth.followers.length);
      expect(written.counts.following).toBe(truth.following.length);
      expect(written.counts.posts).toBe(truth.posts.length);
      expect(written.takenAt.source).toBe('newest record');
      withDb(dbPath, (db) => {
        const summary = accountSummary(db, written.accountId)!;
        expect(summary.snapshots).toBe(i + 1);
        // The first export has nothing to compare with: unknown, not 0.
        expect(summary.gainedSinceLastSnapshot).toBe(i === 0 ? null : truth.truth.gained.length);
        expect(summary.lostSinceLastSnapshot).toBe(i === 0 ? null : truth.truth.lost.length);
        const followerNames = new Set(truth.followers.map((f) => f.username.toLowerCase()));
        const mutuals = truth.following.filter((f) => followerNames.has(f.username.toLowerCase())).length;
        expect(summary.mutuals).toBe(mutuals);
        expect(summary.fansNotFollowedBack).toBe(truth.followers.length - mutuals);
        expect(summary.followingNotFollowingBack).toBe(truth.following.length - mutuals);
        expect(summary.totalPostLikes).toBe(truth.posts.reduce((a, p) => a + p.likes, 0));
        const likes = truth.posts.map((p) => p.likes).sort((a, b) => a - b);
        const mid = (likes.length - 1) / 2;
        expect(summary.medianPostLikes).toBe((likes[Math.floor(mid)]! + likes[Math.ceil(mid)]!) / 2);
      });
    }
  });

  it('recognizes the same content and changes nothing', async () => {
    const dbPath = freshDbPath();
    const m = model(1);
    const first = await importSnapshot(dbPath, m, 0);
    const before = withDb(dbPath, fingerprint);
    const again = await importSnapshot(dbPath, m, 0);
    expect(again).toMatchObject({
      duplicate: true,
      snapshotId: first.snapshotId,
      accountId: first.accountId,
    });
    expect(again.counts.followers).toBe(first.counts.followers);
    expect(withDb(dbPath, fingerprint)).toEqual(before);
  });

  it('leaves nothing behind when aborted', async () => {
    const dbPath = freshDbPath();
    const before = withDb(dbPath, fingerprint);
    const writer = SnapshotWriter.open({ dbPath });
    feed(writer, model(1), 0);
    writer.abort();
    expect(withDb(dbPath, fingerprint)).toEqual(before);
  });

  it('orders snapshots by export time, not import order, and reuses handles', async () => {
    const dbPath = freshDbPath();
    const m = model(2);
    const newer = await importSnapshot(dbPath, m, 1);
    const older = await importSnapshot(dbPath, m, 0);
    withDb(dbPath, (db) => {
      const list = listSnapshots(db, newer.accountId);
      expect(list.map((s) => s.id)).toEqual([older.snapshotId, newer.snapshotId]);
      const everyone = new Set(
        m.snapshots.flatMap((s) => [...s.followers, ...s.following].map((r) => r.username.toLowerCase())),
      );
      expect(db.prepare('SELECT COUNT(*) FROM handles').pluck().get()).toBe(everyone.size);
      const summary = accountSummary(db, newer.accountId)!;
      expect(summary.gainedSinceLastSnapshot).toBe(m.snapshots[1]!.truth.gained.length);
    });
  });

  it('compares usernames case-insensitively and keeps one of a repeated name', async () => {
    const dbPath = freshDbPath();
    const writer = SnapshotWriter.open({ dbPath });
    writer.profile({
      username: 'Me',
      displayName: null,
      followerCount: null,
      followingCount: null,
      likesReceived: null,
    });
    writer.follower({ username: 'Alice', at: Date.UTC(2025, 0, 1) });
    writer.follower({ username: 'alice', at: Date.UTC(2025, 0, 2) });
    writer.follower({ username: 'bob', at: null });
    writer.following({ username: 'ALICE', at: Date.UTC(2024, 0, 1) });
    writer.activity('watched', Date.UTC(2025, 0, 3, 23, 59));
    writer.activity('watched', Date.UTC(2025, 0, 3, 0, 1));
    writer.activity('watched', Date.UTC(2025, 0, 4, 0, 0));
    writer.term('search', { term: 'gym', at: Date.UTC(2025, 0, 3, 5) });
    writer.term('search', { term: 'gym', at: Date.UTC(2025, 0, 3, 6) });
    writer.messageThread({ username: 'bob', count: 4, lastAt: Date.UTC(2025, 0, 2) });
    // A reader reports every section it read; counts of sections it never reported are unknown (null).
    writer.sectionDone('followers', 3);
    writer.sectionDone('following', 1);
    writer.sectionDone('watched', 3);
    writer.sectionDone('searches', 2);
    const w = await writer.finish({ description });
    expect(w.counts).toMatchObject({ followers: 2, following: 1, watched: 3, searches: 2 });
    expect(w.takenAt).toEqual({ at: Date.UTC(2025, 0, 4), source: 'newest record' });
    withDb(dbPath, (db) => {
      expect(accountSummary(db, w.accountId)!.mutuals).toBe(1);
      expect(db.prepare('SELECT day, count FROM snapshot_activity ORDER BY day').all()).toEqual([
        { day: '2025-01-03', count: 2 },
        { day: '2025-01-04', count: 1 },
      ]);
      expect(db.prepare('SELECT term, day, count FROM snapshot_terms').all()).toEqual([
        { term: 'gym', day: '2025-01-03', count: 2 },
      ]);
      expect(db.prepare('SELECT message_count, last_at FROM snapshot_messages').get()).toEqual({
        message_count: 4,
        last_at: Date.UTC(2025, 0, 2),
      });
      expect(
        db
          .prepare(
            'SELECT followed_at FROM snapshot_followers f JOIN handles h ON h.id = f.handle_id WHERE h.username = ?',
          )
          .pluck()
          .get('ALICE'),
      ).toBe(Date.UTC(2025, 0, 2));
      // One handle per person, spelled as first read.
      expect(db.prepare('SELECT username FROM handles ORDER BY username').pluck().all()).toEqual([
        'Alice',
        'bob',
      ]);
    });
  });

  it('attaches an export without a username to the named or the only account, else refuses', async () => {
    const dbPath = freshDbPath();
    const m = model(2);
    await expect(importSnapshot(dbPath, m, 0, { profile: false })).rejects.toThrow(/--account/);
    const named = await importSnapshot(dbPath, m, 0, { profile: false, account: 'Someone' });
    expect(named.account).toBe('Someone');
    const only = await importSnapshot(dbPath, m, 1, { profile: false });
    expect(only.accountId).toBe(named.accountId);
    await importSnapshot(dbPath, model(1), 0, { account: 'other' }); // profile says writer.test: a second account
    const before = withDb(dbPath, fingerprint);
    const third = generateHistory({
      seed: 9,
      username: 'x',
      startFollowers: 5,
      followingCount: 5,
      snapshots: 1,
      months: 1,
    });
    await expect(importSnapshot(dbPath, third, 0, { profile: false })).rejects.toThrow(/several accounts/);
    expect(withDb(dbPath, fingerprint)).toEqual(before);
  });

  it('deletes a snapshot with the handles only it used', async () => {
    const dbPath = freshDbPath();
    const m = model(2);
    const a = await importSnapshot(dbPath, m, 0);
    const b = await importSnapshot(dbPath, m, 1);
    withDb(dbPath, (db) => {
      expect(deleteSnapshot(db, b.snapshotId)).toBe(a.accountId);
      const names = new Set(
        [...m.snapshots[0]!.followers, ...m.snapshots[0]!.following].map((r) => r.username.toLowerCase()),
      );
      expect(db.prepare('SELECT COUNT(*) FROM handles').pluck().get()).toBe(names.size);
      expect(
        db.prepare('SELECT COUNT(*) FROM snapshot_followers WHERE snapshot_id = ?').pluck().get(b.snapshotId),
      ).toBe(0);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(deleteSnapshot(db, a.snapshotId)).toBe(a.accountId);
      expect(db.prepare('SELECT COUNT(*) FROM handles').pluck().get()).toBe(0);
      expect(db.prepare('SELECT COUNT(*) FROM posts').pluck().get()).toBe(0);
      expect(deleteSnapshot(db, a.snapshotId)).toBeNull();
    });
  });
});

describe('accountSummary after a partial export', () => {
  it('keeps the audience and posts of the newest export that has them when a likes-only export comes later', async () => {
    const dbPath = freshDbPath();
    const m = model(1);
    const full = await importSnapshot(dbPath, m, 0);
    // A 2026 partial export: nothing but likes given, no profile, attached to the account by name.
    const writer = SnapshotWriter.open({ dbPath });
    const later = m.snapshots[0]!.takenAtMs + 86_400_000;
    writer.activity('likesGiven', later);
    writer.sectionDone('likesGiven', 1);
    const partial = await writer.finish({
      description: { ...description, layout: 'C' },
      account: m.username,
    });
    expect(partial.accountId).toBe(full.accountId);
    withDb(dbPath, (db) => {
      const summary = accountSummary(db, full.accountId)!;
      const truth = m.snapshots[0]!;
      expect(summary.snapshots).toBe(2);
      expect(summary.followers).toBe(truth.followers.length);
      expect(summary.following).toBe(truth.following.length);
      // asOf is the newest export; each figure carries the date of the export it comes from.
      expect(summary.asOf).toBe(new Date(partial.takenAt.at).toISOString());
      expect(summary.figuresAsOf.followers).toBe(new Date(full.takenAt.at).toISOString());
      expect(summary.figuresAsOf.posts).toBe(new Date(full.takenAt.at).toISOString());
      expect(summary.posts).toBe(truth.posts.length);
      // Only one export carried followers: no change is known, and none is reported.
      expect(summary.gainedSinceLastSnapshot).toBeNull();
      expect(summary.lostSinceLastSnapshot).toBeNull();
      expect(partial.counts.followers).toBeNull();
      expect(partial.counts.likesGiven).toBe(1);
    });
  });
});
