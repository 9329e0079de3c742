// Which tabs fit on one line of a tab strip, the rest going to its "More" menu: a pure function of the
// measured widths, so the rule is tested without a browser.

export interface TabFit<Id> {
  /** Every tab, in strip order. */
  ids: readonly Id[];
  /** Each tab's width in px, in the same order. */
  widths: readonly number[];
  /** The space between two tabs. */
  gap: number;
  /** The selected tab: always on the strip, so the strip says where you are. */
  chosen: Id;
  /** The width the strip and its More button share. */
  room: number;
  /** The More button's width. */
  moreWidth: number;
}

/** The ids of the tabs shown on the strip, in strip order. */
export function visibleTabs<Id>({ ids, widths, gap, chosen, room, moreWidth }: TabFit<Id>): Id[] {
  const width = (i: number) => widths[i] ?? 0;
  const all = ids.reduce((sum, _, i) => sum + width(i), 0) + gap * Math.max(0, ids.length - 1);
  if (all <= room) return [...ids];
  const budget = room - moreWidth - gap;
  const chosenAt = ids.indexOf(chosen);
  const keep = new Set<number>(chosenAt >= 0 ? [chosenAt] : []);
  let used = chosenAt >= 0 ? width(chosenAt) : -gap;
  // In strip order up to the first that does not fit, so the strip never skips a tab in its middle.
  for (let i = 0; i < ids.length; i++) {
    if (i === chosenAt) continue;
    if (used + gap + width(i) > budget) break;
    used += gap + width(i);
    keep.add(i);
  }
  return ids.filter((_, i) => keep.has(i));
}
