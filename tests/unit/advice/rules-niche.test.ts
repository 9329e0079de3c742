import { describe, expect, it } from 'vitest';
import type { TagMetric } from '../../../src/shared/domain/advice';
import { bestFollowBackNiche } from '../../../src/main/advice/tips/rules/best-follow-back-niche';
import { lowFollowBackNiche } from '../../../src/main/advice/tips/rules/low-follow-back-niche';
import { nicheShare } from '../../../src/main/advice/tips/rules/niche-share';
import { ctx, makeMetrics } from './make-metrics';

function tag(name: string, following: number, followBack: number, days: number | null = null): TagMetric {
  return {
    tag: name,
    following,
    followBack,
    followBackRate: following ? followBack / following : null,
    medianDaysToFollowBack: days,
  };
}

// makeMetrics: 310 following, 200 mutuals → overall follow-back rate 64.5%.
describe('low-follow-back-niche', () => {
  it('fires for the tag with the lowest rate when it is under half the overall rate', () => {
    const tip = lowFollowBackNiche.evaluate(
      makeMetrics({ tags: [tag('pilates', 40, 30), tag('memes', 50, 5), tag('crypto', 20, 6)] }),
      ctx,
    );
    expect(tip?.title).toContain('"memes"');
    expect(tip?.evidence.values).toContainEqual({ label: 'Follow-back rate', value: 10, unit: '%' });
    expect(tip?.evidence.values).toContainEqual({ label: 'Overall rate', value: 65, unit: '%' });
  });
  it('does not fire for small tags or reasonable rates', () => {
    expect(
      lowFollowBackNiche.evaluate(makeMetrics({ tags: [tag('memes', 9, 0), tag('pilates', 40, 30)] }), ctx),
    ).toBeNull();
  });
});

describe('best-follow-back-niche', () => {
  it('fires for a tag that follows back 1.5× the overall rate, with the median delay', () => {
    const m = makeMetrics({ mutuals: 60, tags: [tag('pilates', 20, 18, 3), tag('memes', 50, 5)] }); // overall 19%
    const tip = bestFollowBackNiche.evaluate(m, ctx);
    expect(tip?.title).toContain('"pilates"');
    expect(tip?.evidence.values).toContainEqual({ label: 'Median days to follow back', value: 3 });
  });
  it('does not fire when no tag stands out', () => {
    expect(
      bestFollowBackNiche.evaluate(
        makeMetrics({ tags: [tag('pilates', 20, 14), tag('memes', 50, 30)] }),
        ctx,
      ),
    ).toBeNull();
  });
});

describe('niche-share', () => {
  it('fires when the share of following in niche tags is below the target', () => {
    const tip = nicheShare.evaluate(makeMetrics({ nicheShare: 0.2, nicheShareTarget: 0.6 }), ctx);
    expect(tip?.priority).toBe('medium');
    expect(tip?.evidence.values).toContainEqual({ label: 'In your niche', value: 62 });
  });
  it('does not fire at the target, or before any tag exists', () => {
    expect(nicheShare.evaluate(makeMetrics({ nicheShare: 0.6, nicheShareTarget: 0.6 }), ctx)).toBeNull();
    expect(nicheShare.evaluate(makeMetrics({ nicheShare: null }), ctx)).toBeNull();
  });
});
