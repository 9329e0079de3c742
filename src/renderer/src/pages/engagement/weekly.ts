// Groups daily points into Monday weeks for charts that would be too busy with 365 bars.
export function mondayOf(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return new Date(ms - weekday * 86_400_000).toISOString().slice(0, 10);
}

export type WeekSums<K extends string> = { week: string } & Record<K, number>;

/**
 * Sums the chosen numeric fields per Monday week (nulls count as nothing), keeping only the weeks whose
 * seven days are all in `days`. A download rarely starts on a Monday or ends on a Sunday: its first and
 * last weeks hold a few days each, and drawn beside whole weeks they read as a collapse at both ends.
 * `leftOut` counts the weeks dropped.
 */
export function weeklySums<T extends { day: string }, K extends keyof T & string>(
  days: readonly T[],
  keys: readonly K[],
): { weeks: WeekSums<K>[]; leftOut: number } {
  const weeks = new Map<string, { sums: WeekSums<K>; days: Set<string> }>();
  for (const d of days) {
    const week = mondayOf(d.day);
    let w = weeks.get(week);
    if (!w) {
      const sums = { week, ...Object.fromEntries(keys.map((k) => [k, 0])) } as WeekSums<K>;
      w = { sums, days: new Set() };
      weeks.set(week, w);
    }
    w.days.add(d.day);
    for (const k of keys) {
      const v = d[k];
      if (typeof v === 'number') (w.sums as Record<K, number>)[k] += v;
    }
  }
  const whole = [...weeks.values()].filter((w) => w.days.size === 7).map((w) => w.sums);
  return { weeks: whole.sort((a, b) => a.week.localeCompare(b.week)), leftOut: weeks.size - whole.length };
}

/** The chart note for weeks left out (`kept`: the whole weeks drawn), or null when none was. */
export function partialWeeksNote(leftOut: number, kept: number): string | null {
  if (leftOut === 0) return null;
  if (kept === 0)
    return 'Your Studio downloads hold no whole week (Monday to Sunday) yet: this chart needs one.';
  return leftOut === 1
    ? 'One week with fewer than 7 days in your Studio downloads is left out, so that it does not read as a drop.'
    : `${leftOut} weeks with fewer than 7 days in your Studio downloads (usually the first and the last) are left out, so that they do not read as drops.`;
}
