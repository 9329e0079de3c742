// Post analytics from generated account exports, imported through the real service, against the
// history model's truth: likes per post, gains between snapshots, cadence buckets, the heatmap, hashtags.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketOf, cadenceTruth, hashtagTruth, heatmapTruth, lastSnapshot, median } from './truth';
import { createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld({ seed: 11, snapshots: 3, months: 4 });
});
afterAll(() => world?.close());

describe('likes per post', () => {
  it('reports every post with its newest like count, the median and the top posts', async () => {
    const truth = lastSnapshot(world.history).posts;
    const result = await world.call('postAnalytics', { accountId: world.accountId });
    expect(result.posts).toBe(truth.length);
    expect(result.totalLikes).toBe(truth.reduce((t, p) => t + p.likes, 0));
    expect(result.medianLikes).toBe(median(truth.map((p) => p.likes)));
    const byTime = new Map(truth.map((p) => [new Date(p.postedAtMs).toISOString(), p.likes]));
    for (const p of result.all) expect(p.likes).toBe(byTime.get(p.postedAt));
    const topLikes = truth
      .map((p) => p.likes)
      .sort((a, b) => b - a)
      .slice(0, 10);
    expect(result.top.map((p) => p.likes)).toEqual(topLikes);
  });

  it('follows the like counts across snapshots and the likes gained between them', async () => {
    const result = await world.call('postAnalytics', { accountId: world.accountId });
    const snaps = world.history.snapshots;
    expect(result.overTime.map((p) => p.totalLikes)).toEqual(snaps.map((s) => s.likesReceived));
    expect(result.overTime.map((p) => p.medianLikes)).toEqual(
      snaps.map((s) => median(s.posts.map((p) => p.likes))),
    );
    expect(result.gains).toHaveLength(snaps.length - 1);
    for (let i = 1; i < snaps.length; i++) {
      const before = new Map(snaps[i - 1]!.posts.map((p) => [p.videoId, p.likes]));
      const shared = snaps[i]!.posts.filter((p) => before.has(p.videoId));
      const gained = shared.reduce((t, p) => t + p.likes - before.get(p.videoId)!, 0);
      const interval = result.gains[i - 1]!;
      expect(interval.from).toBe(new Date(snaps[i - 1]!.takenAtMs).toISOString());
      expect(interval.to).toBe(new Date(snaps[i]!.takenAtMs).toISOString());
      expect(interval.posts).toBe(shared.length);
      expect(interval.gained).toBe(gained);
      const best = Math.max(...shared.map((p) => p.likes - before.get(p.videoId)!));
      expect(interval.top[0]!.gained).toBe(best);
    }
    // A top post's history has one point per snapshot that lists it, growing (likes never shrink).
    const history = result.histories[0]!;
    const likes = history.points.map((p) => p.likes!);
    expect(likes).toEqual([...likes].sort((a, b) => a - b));
  });
});

describe('posting cadence', () => {
  it('counts posts and new followers per week and compares the 0 / 1 / 2-5 / 6+ buckets', async () => {
    const truth = cadenceTruth(world.history);
    const result = await world.call('cadenceAnalysis', { accountId: world.accountId });
    expect(result.weeks.map((w) => w.week)).toEqual(truth.map((w) => w.week));
    expect(result.weeks.map((w) => w.posts)).toEqual(truth.map((w) => w.posts));
    expect(result.weeks.map((w) => w.newFollowers)).toEqual(truth.map((w) => w.newFollowers));
    expect(result.weeks.map((w) => w.medianLikes)).toEqual(truth.map((w) => median(w.likes)));
    expect(result.followersFrom).toBe(new Date(lastSnapshot(world.history).takenAtMs).toISOString());
    for (const bucket of result.buckets) {
      const weeks = truth.filter((w) => bucketOf(w.posts) === bucket.bucket);
      expect(bucket.weeks).toBe(weeks.length);
      expect(bucket.medianFollowerGain).toBe(median(weeks.map((w) => w.newFollowers)));
      expect(bucket.medianLikesPerPost).toBe(median(weeks.flatMap((w) => w.likes)));
    }
    // The generated creator posts most weeks: the comparison has more than one populated bucket.
    expect(result.buckets.filter((b) => b.weeks > 0).length).toBeGreaterThan(1);
  });
});

describe('best time to post', () => {
  for (const zone of ['America/New_York', 'Asia/Kolkata', 'UTC']) {
    it(`puts each post in its weekday × hour cell in ${zone}`, async () => {
      const truth = heatmapTruth(world.history, zone);
      const result = await world.call('bestTimeToPost', { accountId: world.accountId, timeZone: zone });
      expect(result.cells).toHaveLength(168);
      for (const cell of result.cells) {
        const likes = truth.get(`${cell.weekday}-${cell.hour}`) ?? [];
        expect({ slot: [cell.weekday, cell.hour], posts: cell.posts, median: cell.medianLikes }).toEqual({
          slot: [cell.weekday, cell.hour],
          posts: likes.length,
          median: median(likes),
        });
      }
      // Without Studio data the windows rest on the posts alone, and each holds a post.
      expect(result.followerActivity).toEqual([]);
      expect(result.windows.length).toBeGreaterThan(0);
      for (const w of result.windows) expect([w.basis, w.posts > 0]).toEqual(['posts', true]);
    });
  }

  it('reads a fixed UTC offset like the IANA zone it matches', async () => {
    const byOffset = await world.call('bestTimeToPost', { accountId: world.accountId, timeZone: '+05:30' });
    const byName = await world.call('bestTimeToPost', {
      accountId: world.accountId,
      timeZone: 'Asia/Kolkata',
    });
    expect(byOffset.cells).toEqual(byName.cells);
  });

  it('refuses an unknown zone with a clear BAD_INPUT error', async () => {
    const result = await world.service.dispatch('bestTimeToPost', {
      accountId: world.accountId,
      timeZone: 'Mars/Olympus',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(!result.ok && result.error.message).toContain('Mars/Olympus');
  });
});

describe('hashtags and sounds', () => {
  it('counts each hashtag of the titles and the median likes of its posts', async () => {
    const truth = hashtagTruth(world.history);
    const result = await world.call('tagsAndSounds', { accountId: world.accountId });
    expect(new Set(result.hashtags.map((t) => t.tag))).toEqual(new Set(truth.keys()));
    for (const t of result.hashtags) {
      expect({ tag: t.tag, uses: t.uses, median: t.medianLikes }).toEqual({
        tag: t.tag,
        uses: truth.get(t.tag)!.length,
        median: median(truth.get(t.tag)!),
      });
    }
    const uses = result.hashtags.map((t) => t.uses);
    expect(uses).toEqual([...uses].sort((a, b) => b - a));
  });

  it('counts each sound and the median likes of its posts', async () => {
    const posts = lastSnapshot(world.history).posts;
    const result = await world.call('tagsAndSounds', { accountId: world.accountId });
    const sounds = new Set(posts.map((p) => p.sound));
    expect(new Set(result.sounds.map((s) => s.sound))).toEqual(sounds);
    for (const s of result.sounds) {
      const likes = posts.filter((p) => p.sound === s.sound).map((p) => p.likes);
      expect([s.uses, s.medianLikes]).toEqual([likes.length, median(likes)]);
    }
  });
});
