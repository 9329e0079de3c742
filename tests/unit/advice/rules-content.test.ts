import { describe, expect, it } from 'vitest';
import { engagementDown } from '../../../src/main/advice/tips/rules/engagement-down';
import { engagementUp } from '../../../src/main/advice/tips/rules/engagement-up';
import { genericHashtags } from '../../../src/main/advice/tips/rules/generic-hashtags';
import { hashtagConcentration } from '../../../src/main/advice/tips/rules/hashtag-concentration';
import { missingHashtags } from '../../../src/main/advice/tips/rules/missing-hashtags';
import { ctx, makeMetrics, post, postSeries } from './make-metrics';

// postSeries lists oldest first; i = 0 is the newest post.
describe('engagement-down / engagement-up', () => {
  it('down fires when the last 5 mature posts have 30%+ fewer likes than the 10 before', () => {
    const m = makeMetrics({ posts: postSeries(15, 2, (i) => (i < 5 ? 50 : 100)) });
    const tip = engagementDown.evaluate(m, ctx);
    expect(tip?.evidence.values.slice(0, 3)).toEqual([
      { label: 'Median likes, recent posts', value: 50 },
      { label: 'Median likes, earlier posts', value: 100 },
      { label: 'Change', value: -50, unit: '%' },
    ]);
    expect(engagementUp.evaluate(m, ctx)).toBeNull();
  });
  it('ignores posts younger than 3 days (their likes are still coming in)', () => {
    const young = [...postSeries(15, 2, () => 100, 4), post(1, 1), post(0.5, 1), post(2, 1)];
    expect(engagementDown.evaluate(makeMetrics({ posts: young }), ctx)).toBeNull();
  });
  it('up fires on a 30%+ rise and down does not', () => {
    const m = makeMetrics({ posts: postSeries(15, 2, (i) => (i < 5 ? 140 : 100)) });
    expect(engagementUp.evaluate(m, ctx)?.evidence.values[2]).toEqual({
      label: 'Change',
      value: 40,
      unit: '%',
    });
    expect(engagementDown.evaluate(m, ctx)).toBeNull();
  });
  it('neither fires on a small change or too few posts', () => {
    expect(
      engagementDown.evaluate(makeMetrics({ posts: postSeries(15, 2, (i) => (i < 5 ? 80 : 100)) }), ctx),
    ).toBeNull();
    expect(
      engagementUp.evaluate(makeMetrics({ posts: postSeries(15, 2, (i) => (i < 5 ? 120 : 100)) }), ctx),
    ).toBeNull();
    expect(
      engagementDown.evaluate(makeMetrics({ posts: postSeries(8, 2, (i) => (i < 5 ? 10 : 100)) }), ctx),
    ).toBeNull();
  });
});

describe('hashtag-concentration', () => {
  it('fires when two tags make up 75%+ of hashtag use', () => {
    const m = makeMetrics({ posts: postSeries(10, 3, () => 100, 1, 'Workout #gymtok #legday #fyp') });
    const tip = hashtagConcentration.evaluate(m, ctx);
    expect(tip?.evidence.values[1]).toEqual({ label: 'Share of hashtag use', value: 100, unit: '%' });
    expect(tip?.evidence.text).toContain('#gymtok');
  });
  it('does not fire on varied tags', () => {
    expect(hashtagConcentration.evaluate(makeMetrics(), ctx)).toBeNull();
  });
});

describe('generic-hashtags', () => {
  it('fires when most posts carry #fyp-style tags', () => {
    const tip = genericHashtags.evaluate(
      makeMetrics({ posts: postSeries(10, 3, () => 100, 1, 'Workout #fyp #viral') }),
      ctx,
    );
    expect(tip?.evidence.values[0]).toEqual({ label: 'Posts with generic tags', value: 10 });
    expect(tip?.evidence.text).toContain('#fyp, #viral');
  });
  it('does not fire when half or fewer do', () => {
    const posts = [
      ...postSeries(5, 3, () => 100, 1, 'a #fyp'),
      ...postSeries(5, 3, () => 100, 2, 'b #pilates'),
    ];
    expect(genericHashtags.evaluate(makeMetrics({ posts }), ctx)).toBeNull();
  });
});

describe('missing-hashtags', () => {
  it('fires when 70%+ of recent posts have no hashtag', () => {
    const posts = [
      ...postSeries(8, 3, () => 100, 1, 'no tags here'),
      ...postSeries(2, 3, () => 100, 2, 'one #tag'),
    ];
    expect(missingHashtags.evaluate(makeMetrics({ posts }), ctx)?.evidence.values[0]).toEqual({
      label: 'Posts without hashtags',
      value: 8,
    });
  });
  it('does not fire when most posts are tagged', () => {
    expect(missingHashtags.evaluate(makeMetrics(), ctx)).toBeNull();
  });
});
