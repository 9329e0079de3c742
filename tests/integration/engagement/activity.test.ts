// "Your activity" and the interest profile from overlapping account exports: each day comes from the
// newest export that covers it, compared with the generator's activity streams.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityStreams } from '../../fixtures/tiktok/activity';
import { activityTruth, lastSnapshot } from './truth';
import { createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld({ seed: 23, snapshots: 3, months: 3 });
});
afterAll(() => world?.close());

describe('your activity', () => {
  it('takes each day from the newest export covering it, with zeros on quiet days', async () => {
    const truth = activityTruth(world.history);
    const result = await world.call('yourActivity', { accountId: world.accountId });
    const days = result.days.map((d) => d.day);
    // Dense: consecutive days from the first covered day to the newest export's day.
    expect(days[0]).toBe([...truth.keys()].sort()[0]);
    expect(days.at(-1)).toBe(new Date(lastSnapshot(world.history).takenAtMs).toISOString().slice(0, 10));
    for (let i = 1; i < days.length; i++)
      expect(Date.parse(days[i]!) - Date.parse(days[i - 1]!)).toBe(86_400_000);
    for (const d of result.days) {
      const { day, ...counts } = d;
      expect({ day, ...counts }).toEqual({
        day,
        ...(truth.get(day) ?? {
          likesGiven: 0,
          favoriteVideos: 0,
          comments: 0,
          shares: 0,
          watched: 0,
          searches: 0,
        }),
      });
    }
  });

  it('sums the days into whole Monday weeks, and every covered day into the totals', async () => {
    const result = await world.call('yourActivity', { accountId: world.accountId });
    const watchedByDays = result.days.reduce((t, d) => t + d.watched, 0);
    expect(result.totals.watched).toBe(watchedByDays);
    const first = result.days[0]!.day;
    const exportDay = result.days.at(-1)!.day;
    expect(result.weeks.length).toBeGreaterThan(0);
    for (const w of result.weeks) {
      expect(new Date(`${w.week}T00:00:00Z`).getUTCDay()).toBe(1);
      const sunday = new Date(Date.parse(`${w.week}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
      // Whole: from a covered Monday to a Sunday before the export's own (cut-short) day.
      expect(w.week >= first && sunday < exportDay, w.week).toBe(true);
      const inWeek = result.days.filter((d) => d.day >= w.week && d.day <= sunday);
      expect(inWeek).toHaveLength(7);
      expect(w.watched).toBe(inWeek.reduce((t, d) => t + d.watched, 0));
    }
    // Only the cut-short weeks at either end are left out.
    const mondays = new Set(
      result.days.map((d) => d.day).filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1),
    );
    expect(mondays.size - result.weeks.length).toBeLessThanOrEqual(1);
    // Overlapping exports are not added up: the total is below the sum over all exports.
    const naive = world.history.snapshots.reduce(
      (t, s) => t + [...activityStreams(world.history, s.index).watchHistory()].length,
      0,
    );
    expect(result.totals.watched).toBeLessThan(naive);
  });
});

describe('interest profile', () => {
  it('lists the newest favorite hashtags and the search terms by how often they were searched', async () => {
    const last = lastSnapshot(world.history);
    const streams = activityStreams(world.history, last.index);
    const result = await world.call('interestProfile', { accountId: world.accountId });
    expect(new Set(result.favoriteHashtags.map((t) => t.term))).toEqual(new Set(streams.favoriteHashtags()));
    expect(new Set(result.hashtagsUsed.map((t) => t.term.toLowerCase()))).toEqual(
      new Set(streams.hashtagsUsed()),
    );

    const truth = activityTruth(world.history);
    const searchesPerDay = [...truth.values()].reduce((t, d) => t + d.searches, 0);
    expect(result.searchTerms.reduce((t, s) => t + s.count, 0)).toBe(searchesPerDay);
    const counts = result.searchTerms.map((s) => s.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const s of result.searchTerms) expect(world.history.niche.searches).toContain(s.term);
  });
});
