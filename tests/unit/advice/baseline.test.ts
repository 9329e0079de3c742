// The default crafted account is healthy: no rule fires on it. Each rule's own test then shows the
// smallest change that makes it fire, so a rule that fires on everything fails here.
import { describe, expect, it } from 'vitest';
import { tipRules } from '../../../src/main/advice/tips/registry';
import { evaluateTips } from '../../../src/main/advice/tips/engine';
import { ctx, makeMetrics } from './make-metrics';

describe('tip registry', () => {
  it('has at least 15 rules with unique ids covering all five dimensions', () => {
    expect(tipRules.length).toBeGreaterThanOrEqual(15);
    expect(new Set(tipRules.map((r) => r.id)).size).toBe(tipRules.length);
    expect(new Set(tipRules.map((r) => r.dimension))).toEqual(
      new Set(['engagement', 'visibility', 'interactions', 'algorithm', 'growth']),
    );
  });

  it('a healthy account gets no tip', () => {
    expect(evaluateTips(makeMetrics(), ctx).map((t) => t.id)).toEqual([]);
  });

  it('an account with no posts and a single snapshot gets no crash and no post-based tip', () => {
    const m = makeMetrics({ posts: [] });
    const ids = evaluateTips(m, ctx).map((t) => t.id);
    expect(
      ids.some((id) => id.startsWith('cadence') || id.startsWith('best-') || id.includes('hashtag')),
    ).toBe(false);
  });
});
