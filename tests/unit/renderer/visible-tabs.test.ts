// Which tabs stay on a tab strip and which go to its More menu, from measured widths.
import { describe, expect, it } from 'vitest';
import { visibleTabs } from '../../../src/renderer/src/components/visibleTabs';

const ids = ['a', 'b', 'c', 'd', 'e'] as const;
const widths = [100, 100, 100, 100, 100];
const fit = (room: number, chosen: (typeof ids)[number]) =>
  visibleTabs({ ids, widths, gap: 4, chosen, room, moreWidth: 80 });

describe('visibleTabs', () => {
  it('keeps every tab when the whole strip fits, even with no room for a More button', () => {
    expect(fit(516, 'a')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('moves the tabs past the room, More button included, to the menu', () => {
    // 515 px: the strip needs 516. With an 80 px More button and a gap: 431 px for tabs, four of them take 412.
    expect(fit(515, 'a')).toEqual(['a', 'b', 'c', 'd']);
    expect(fit(400, 'a')).toEqual(['a', 'b', 'c']);
  });

  it('keeps the chosen tab on the strip, in its place, when it would have gone to the menu', () => {
    expect(fit(400, 'e')).toEqual(['a', 'b', 'e']);
    expect(fit(300, 'd')).toEqual(['a', 'd']);
  });

  it('shows the chosen tab alone when nothing else fits', () => {
    expect(fit(150, 'c')).toEqual(['c']);
  });

  it('does not skip a narrow tab past a wide one: the strip keeps its order', () => {
    expect(
      visibleTabs({ ids, widths: [100, 300, 20, 20, 20], gap: 0, chosen: 'a', room: 300, moreWidth: 50 }),
    ).toEqual(['a']);
  });
});
