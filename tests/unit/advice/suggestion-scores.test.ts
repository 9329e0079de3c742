// Suggestion scores come from each row's own signals: change one signal, the score and the reason change.
import { describe, expect, it } from 'vitest';
import { daysBeforeExport } from '../../../src/main/advice/suggestions/common';
import {
  MESSAGE_POINTS,
  MUTUAL_POINTS,
  NICHE_POINTS,
  RECENCY_POINTS,
  scoreFollowBack,
  type FollowBackSignals,
} from '../../../src/main/advice/suggestions/follow-back';
import {
  NOT_NICHE_POINTS,
  SILENT_POINTS,
  WAIT_POINTS,
  scoreReview,
} from '../../../src/main/advice/suggestions/review';

const DAY = 86_400_000;
const AS_OF = Date.parse('2026-03-01T12:00:00Z');
const fan = (over: Partial<FollowBackSignals> = {}): FollowBackSignals => ({
  since: AS_OF - 30 * DAY,
  sinceExact: true,
  messages: 0,
  lastMessage: null,
  mutualUntil: null,
  tags: [],
  ...over,
});

describe('follow-back score', () => {
  it('recency: a fan who followed 30 days before the export scores half the recency points', () => {
    const r = scoreFollowBack(fan(), AS_OF, 'UTC');
    expect(r.score).toBe(RECENCY_POINTS / 2);
    expect(r.reason).toBe('Followed you 30 days before the export of 2026-03-01 (on 2026-01-30)');
    expect(scoreFollowBack(fan({ since: AS_OF - 2 * DAY }), AS_OF, 'UTC').score).toBeGreaterThan(r.score);
  });
  it('a follow date the export lacks counts half, and the reason says where the date comes from', () => {
    const r = scoreFollowBack(fan({ sinceExact: false }), AS_OF, 'UTC');
    expect(r.score).toBe(Math.round((RECENCY_POINTS / 4) * 10) / 10);
    expect(r.reason).toBe('First listed among your followers in the export of 2026-01-30');
  });
  it('messages, a past mutual follow and the niche each add their points and name themselves', () => {
    const base = scoreFollowBack(fan(), AS_OF, 'UTC').score;
    const msg = scoreFollowBack(fan({ messages: 4, lastMessage: AS_OF - 3 * DAY }), AS_OF, 'UTC');
    expect(msg.score).toBe(base + MESSAGE_POINTS + 4);
    expect(msg.reason).toMatch(/^Exchanged 4 messages with you \(last on 2026-02-26\); followed you/);
    const mutual = scoreFollowBack(fan({ mutualUntil: AS_OF - 60 * DAY }), AS_OF, 'UTC');
    expect(mutual.score).toBe(base + MUTUAL_POINTS);
    expect(mutual.reason).toMatch(/^You followed each other in the export of 2025-12-31; followed you/);
    const niche = scoreFollowBack(fan({ tags: ['pilates'] }), AS_OF, 'UTC');
    expect(niche.score).toBe(base + NICHE_POINTS);
    expect(niche.reason).toMatch(/in your niche \(pilates\)$/);
  });
});

describe('review score', () => {
  it('grows with the days followed without a follow-back, full at a year', () => {
    const a = scoreReview({ since: AS_OF - 40 * DAY, tags: [], messages: 0 }, AS_OF, 'UTC');
    const b = scoreReview({ since: AS_OF - 400 * DAY, tags: [], messages: 0 }, AS_OF, 'UTC');
    expect(b.score).toBe(WAIT_POINTS + NOT_NICHE_POINTS + SILENT_POINTS);
    expect(a.score).toBeLessThan(b.score);
    expect(a.reason).toBe(
      'Followed 40 days before the export of 2026-03-01 (since 2026-01-20), never followed back; no niche tag applies; no messages',
    );
  });
  it('an account in your niche, or one you talk to, ranks lower and says why', () => {
    const plain = scoreReview({ since: AS_OF - 100 * DAY, tags: [], messages: 0 }, AS_OF, 'UTC');
    const niche = scoreReview({ since: AS_OF - 100 * DAY, tags: ['skincare'], messages: 0 }, AS_OF, 'UTC');
    const talks = scoreReview({ since: AS_OF - 100 * DAY, tags: [], messages: 2 }, AS_OF, 'UTC');
    expect(plain.score - niche.score).toBeCloseTo(NOT_NICHE_POINTS, 9);
    expect(plain.score - talks.score).toBeCloseTo(SILENT_POINTS, 9);
    expect(niche.reason).toMatch(/in your niche \(skincare\)/);
    expect(talks.reason).toMatch(/you exchanged 2 messages$/);
  });
});

describe('days before an export', () => {
  it('always says from when, and reads well at 0 and 1', () => {
    expect(daysBeforeExport(AS_OF, AS_OF, 'UTC')).toBe('on the day of the export of 2026-03-01');
    expect(daysBeforeExport(AS_OF - DAY, AS_OF, 'UTC')).toBe('1 day before the export of 2026-03-01');
    expect(daysBeforeExport(AS_OF - 1008 * DAY, AS_OF, 'UTC')).toBe(
      '1008 days before the export of 2026-03-01',
    );
  });
});

describe('days in the product time zone', () => {
  it('names the calendar day of the Settings zone, not of UTC, around midnight UTC', () => {
    const late = Date.parse('2026-03-01T23:30:00Z'); // 2 March in Tokyo, 1 March in Los Angeles
    expect(daysBeforeExport(late - DAY, late, 'Asia/Tokyo')).toBe('1 day before the export of 2026-03-02');
    expect(daysBeforeExport(late - DAY, late, 'America/Los_Angeles')).toBe(
      '1 day before the export of 2026-03-01',
    );
  });
});
