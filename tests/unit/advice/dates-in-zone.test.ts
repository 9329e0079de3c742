// Every date and every "N days" advice shows is a calendar day of the product's one zone, and the zone is
// named beside it. Pacific/Kiritimati (UTC+14) puts most instants on a later day than UTC does, so a
// date read in UTC shows here as the wrong day.
import { describe, expect, it } from 'vitest';
import { calendarDaysBetween } from '../../../src/main/advice/metrics';
import { scoreReview } from '../../../src/main/advice/suggestions/review';
import { followerDecline } from '../../../src/main/advice/tips/rules/follower-decline';
import { massFollow } from '../../../src/main/advice/tips/rules/mass-follow';
import { staleData } from '../../../src/main/advice/tips/rules/stale-data';
import { AS_OF, DAY, intervalsOf, makeMetrics, snapshotsEvery } from './make-metrics';

const ZONE = 'Pacific/Kiritimati';

describe('advice dates in the product zone', () => {
  it('stale data: the export day, today and the days between, all in the zone', () => {
    // AS_OF is 2026-06-01 12:00 UTC: 2026-06-02 02:00 in Kiritimati.
    const tip = staleData.evaluate(makeMetrics({ timeZone: ZONE }), { now: AS_OF + 60 * DAY });
    expect(tip?.evidence.text).toBe(
      `Your newest export is from 2026-06-02, 60 days before today (2026-08-01; dates in ${ZONE}).`,
    );
    expect(tip?.evidence.values[0]).toEqual({ label: 'Newest export', value: '2026-06-02' });
  });

  it('a loss between two exports names their days in the zone', () => {
    const snapshots = snapshotsEvery(30, [
      [1000, 300],
      [900, 300],
    ]);
    const m = makeMetrics({
      timeZone: ZONE,
      snapshots,
      intervals: intervalsOf(snapshots, [{ followersGained: 2, followersLost: 102 }]),
    });
    expect(followerDecline.evaluate(m, { now: AS_OF })?.evidence.text).toMatch(
      new RegExp(`^From 2026-05-03 to 2026-06-02 \\(dates in ${ZONE}\\): `),
    );
  });

  it('a burst of follows names its days in the zone', () => {
    const snapshots = snapshotsEvery(5, [
      [1000, 300],
      [1000, 300],
      [1000, 300],
      [1000, 600],
    ]);
    const m = makeMetrics({
      timeZone: ZONE,
      snapshots,
      intervals: intervalsOf(snapshots, [{}, {}, { followsAdded: 300 }]),
    });
    const tip = massFollow.evaluate(m, { now: AS_OF });
    expect(tip?.evidence.text).toMatch(
      new RegExp(`^Between 2026-05-28 and 2026-06-02 \\(dates in ${ZONE}\\)`),
    );
    expect(tip?.evidence.values.find((v) => v.label === 'To')?.value).toBe('2026-06-02');
  });

  it('"N days" counts calendar days of the zone, not 24-hour spans', () => {
    // 23:30 on Feb 27 to 01:30 on Mar 2 in Kiritimati: 50 hours, three calendar days (two in UTC).
    const since = Date.parse('2026-02-27T09:30:00Z');
    const asOf = Date.parse('2026-03-01T11:30:00Z');
    expect(calendarDaysBetween(since, asOf, ZONE)).toBe(3);
    expect(calendarDaysBetween(since, asOf, 'UTC')).toBe(2);
    const { reason } = scoreReview({ since, tags: [], messages: 0 }, asOf, ZONE);
    expect(reason).toMatch(/^Followed 3 days before the export of 2026-03-02 \(since 2026-02-27\)/);
  });
});
