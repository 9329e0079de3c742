// The posting-window rule on small hand-made inputs whose answer follows from the rule's definition.
import { describe, expect, it } from 'vitest';
import {
  MIN_POSTS_PER_WINDOW,
  bestTimeAnalysis,
  type ActivityHourInput,
} from '../../../src/main/analytics/engagement/best-time';
import type { PostLikes } from '../../../src/shared/domain';

const post = (iso: string, likes: number | null, id = 1): PostLikes => ({
  postId: id,
  postedAt: iso,
  title: '',
  sound: '',
  likes,
});

/** A week of activity (Monday 2026-01-05 …) whose busiest hours are `peak` on every day. */
function week(peak: (hour: number) => number): ActivityHourInput[] {
  const rows: ActivityHourInput[] = [];
  for (let d = 0; d < 7; d++) {
    const day = new Date(Date.UTC(2026, 0, 5 + d)).toISOString().slice(0, 10);
    for (let hour = 0; hour < 24; hour++) rows.push({ day, hour, active: peak(hour) });
  }
  return rows;
}

describe('bestTimeAnalysis', () => {
  it('with activity only, recommends the busiest two hours and no window twice', () => {
    const result = bestTimeAnalysis(
      [],
      week((h) => (h === 19 || h === 20 ? 1000 : 100)),
      { timeZone: 'UTC' },
    );
    expect(result.windows).toHaveLength(3);
    for (const w of result.windows) expect([w.startHour, w.hours, w.basis]).toEqual([19, 2, 'activity']);
    expect(new Set(result.windows.map((w) => w.weekday)).size).toBe(3);
  });

  it('shifts Studio hours into the user zone', () => {
    const result = bestTimeAnalysis(
      [],
      week((h) => (h === 19 || h === 20 ? 1000 : 100)),
      { timeZone: '+02:00' },
    );
    for (const w of result.windows) expect(w.startHour).toBe(21);
    const byHour = result.activityByHour;
    expect(byHour.find((h) => h.hour === 21)!.activeFollowers).toBe(1000);
  });

  it(`lets a window where ${MIN_POSTS_PER_WINDOW} posts did much better win over equal activity`, () => {
    const posts = [
      post('2026-01-07T09:10:00Z', 5000, 1), // Wednesday 09:xx, far above the median
      post('2026-01-07T09:40:00Z', 4000, 2),
      post('2026-01-14T09:20:00Z', 4500, 6),
      post('2026-01-05T15:00:00Z', 100, 3),
      post('2026-01-06T15:00:00Z', 120, 4),
      post('2026-01-08T15:00:00Z', 90, 5),
    ];
    const result = bestTimeAnalysis(
      posts,
      week(() => 500),
      { timeZone: 'UTC' },
    );
    const best = result.windows[0]!;
    expect(best.basis).toBe('both');
    expect(best.weekday).toBe(2);
    expect(best.startHour === 8 || best.startHour === 9).toBe(true);
    expect(best.posts).toBe(3);
    expect(best.medianLikes).toBe(4500);
  });

  it(`gives no weight or median to a window below ${MIN_POSTS_PER_WINDOW} posts`, () => {
    const posts = [
      post('2026-01-07T09:10:00Z', 5000, 1),
      post('2026-01-07T09:40:00Z', 4000, 2),
      post('2026-01-05T15:00:00Z', 100, 3),
      post('2026-01-06T15:00:00Z', 120, 4),
      post('2026-01-08T15:00:00Z', 90, 5),
    ];
    const result = bestTimeAnalysis(
      posts,
      week(() => 500),
      { timeZone: 'UTC' },
    );
    // Equal activity everywhere and no window with enough posts: every score is the same.
    expect(new Set(result.windows.map((w) => w.score)).size).toBe(1);
    for (const w of result.windows) expect([w.basis, w.medianLikes]).toEqual(['activity', null]);
    expect(result.minPostsPerWindow).toBe(MIN_POSTS_PER_WINDOW);
    expect(result.activityDays).toBe(7);
  });

  it(`without Studio data, only windows with ${MIN_POSTS_PER_WINDOW} posts that beat the median are recommended`, () => {
    const posts = [
      post('2026-01-05T10:00:00Z', 50, 1),
      post('2026-01-12T10:00:00Z', 60, 4),
      post('2026-01-19T10:00:00Z', 55, 5),
      post('2026-01-09T18:30:00Z', 400, 2),
      post('2026-01-16T18:10:00Z', 380, 6),
      post('2026-01-23T18:40:00Z', 420, 7),
      post('2026-01-10T07:00:00Z', null, 3),
    ];
    const result = bestTimeAnalysis(posts, [], { timeZone: 'UTC' });
    expect(result.followerActivity).toEqual([]);
    expect(result.activityDays).toBe(0);
    for (const w of result.windows)
      expect([w.basis, w.posts >= MIN_POSTS_PER_WINDOW]).toEqual(['posts', true]);
    // Friday 17–19 holds the three strong posts (18–20 too, but it overlaps); Monday's are below the median.
    expect(result.windows.map((w) => [w.weekday, w.startHour, w.medianLikes])).toEqual([[4, 17, 400]]);
    const two = bestTimeAnalysis(posts.slice(0, 5), [], { timeZone: 'UTC' });
    expect(two.windows.every((w) => w.weekday !== 4)).toBe(true);
    const cell = result.cells.find((c) => c.weekday === 5 && c.hour === 7)!;
    expect([cell.posts, cell.medianLikes]).toEqual([1, null]);
  });
});
