import { describe, expect, it } from 'vitest';
import { evaluateTips, viewTips } from '../../../src/main/advice/tips/engine';
import { extractHashtags } from '../../../src/main/advice/metrics';
import { decay, titleWords } from '../../../src/main/advice/niche';
import { ctx, makeMetrics, postSeries } from './make-metrics';

describe('tips engine', () => {
  const m = makeMetrics({
    posts: postSeries(12, 10, () => 100),
    fansNotFollowedBackWithMessages: 9,
    commentsMadeLast28: 0,
  });
  const tips = evaluateTips(m, ctx);

  it('sorts high priority first', () => {
    const ranks = tips.map((t) => ({ high: 0, medium: 1, low: 2 })[t.priority]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(tips.map((t) => t.id)).toEqual(expect.arrayContaining(['cadence-low', 'fans-waiting']));
  });

  it('flags tips that did not fire on the previous snapshot as new', () => {
    const previous = tips.filter((t) => t.id !== 'fans-waiting');
    const views = viewTips(tips, previous, new Map(), ctx.now);
    expect(views.filter((v) => v.isNew).map((v) => v.id)).toEqual(['fans-waiting']);
    expect(viewTips(tips, null, new Map(), ctx.now).some((v) => v.isNew)).toBe(false);
  });

  it('applies dismiss, and snooze only until it ends', () => {
    const states = new Map([
      ['cadence-low', { tipId: 'cadence-low', state: 'dismissed' as const, until: null }],
      ['fans-waiting', { tipId: 'fans-waiting', state: 'snoozed' as const, until: ctx.now + 1000 }],
    ]);
    const now = viewTips(tips, null, states, ctx.now);
    expect(now.find((v) => v.id === 'cadence-low')!.status).toBe('dismissed');
    expect(now.find((v) => v.id === 'fans-waiting')!.status).toBe('snoozed');
    const later = viewTips(tips, null, states, ctx.now + 2000);
    expect(later.find((v) => v.id === 'fans-waiting')!.status).toBe('active');
  });
});

describe('text helpers', () => {
  it('extracts hashtags once each, lower-case, unicode letters included', () => {
    expect(extractHashtags('Glow #SkinCare #skincare #été_2026 no#')).toEqual(['skincare', 'été_2026']);
  });
  it('title words drop hashtags, stopwords, numbers and short words', () => {
    expect(titleWords('5 min morning glow routine for you #skincare')).toEqual(['glow', 'routine']);
  });
  it('decay halves per half-life', () => {
    expect(decay(0)).toBe(1);
    expect(decay(90)).toBeCloseTo(0.5, 12);
    expect(decay(180)).toBeCloseTo(0.25, 12);
  });
});
