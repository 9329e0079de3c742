import { describe, expect, it } from 'vitest';
import { partialWeeksNote } from '../../src/renderer/src/pages/engagement/weekly';
import { wholeWeekSums } from '../../src/shared/weeks';

/** `count` consecutive days from `first` (YYYY-MM-DD), each with `views` profile views. */
function days(first: string, count: number, views = 10): { day: string; profileViews: number | null }[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => ({
    day: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    profileViews: views,
  }));
}

describe('whole Monday weeks of days', () => {
  it('keeps only whole Monday weeks: a download from a Saturday to a Tuesday draws no stub at either end', () => {
    // Saturday 2025-03-15 … Tuesday 2025-04-01: 2 days, two whole weeks, 2 days.
    const { weeks, leftOut } = wholeWeekSums(days('2025-03-15', 18), ['profileViews']);
    expect(weeks).toEqual([
      { week: '2025-03-17', profileViews: 70 },
      { week: '2025-03-24', profileViews: 70 },
    ]);
    expect(leftOut).toBe(2);
    expect(partialWeeksNote(leftOut, weeks.length)).toMatch(/^2 weeks with fewer than 7 days/);
  });

  it('drops a week with a day missing inside the download, and sums nulls as nothing', () => {
    const input = days('2025-03-17', 14).filter((d) => d.day !== '2025-03-26');
    input[0]!.profileViews = null;
    const { weeks, leftOut } = wholeWeekSums(input, ['profileViews']);
    expect(weeks).toEqual([{ week: '2025-03-17', profileViews: 60 }]);
    expect(leftOut).toBe(1);
  });

  it('says so when no whole week is left, and says nothing when none was dropped', () => {
    const short = wholeWeekSums(days('2025-03-18', 5), ['profileViews']);
    expect(short.weeks).toEqual([]);
    expect(partialWeeksNote(short.leftOut, short.weeks.length)).toMatch(/no whole week/);
    const whole = wholeWeekSums(days('2025-03-17', 7), ['profileViews']);
    expect(partialWeeksNote(whole.leftOut, whole.weeks.length)).toBeNull();
  });
});
