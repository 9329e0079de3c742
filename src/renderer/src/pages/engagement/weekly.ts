// What Studio's weekly charts say about the weeks they leave out (src/shared/weeks.ts keeps whole weeks).

/** The chart note for weeks left out (`kept`: the whole weeks drawn), or null when none was. */
export function partialWeeksNote(leftOut: number, kept: number): string | null {
  if (leftOut === 0) return null;
  if (kept === 0)
    return 'Your Studio downloads hold no whole week (Monday to Sunday) yet: this chart needs one.';
  return leftOut === 1
    ? 'One week with fewer than 7 days in your Studio downloads is left out, so that it does not read as a drop.'
    : `${leftOut} weeks with fewer than 7 days in your Studio downloads (usually the first and the last) are left out, so that they do not read as drops.`;
}
