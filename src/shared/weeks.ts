// Monday weeks over 'YYYY-MM-DD' days (UTC calendar), for the charts and figures that sum days per week:
// the service's (your activity, cadence) and the renderer's (Studio's daily downloads).

/** The Monday of the UTC week holding the day ('YYYY-MM-DD'). */
export function mondayOf(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(ms - weekday * 86_400_000).toISOString().slice(0, 10);
}

export type WeekSums<K extends string> = { week: string } & Record<K, number>;

/**
 * Sums the chosen numeric fields per Monday week (nulls count as nothing), keeping only the weeks whose
 * seven days are all in `days`, in week order. Days rarely start on a Monday or end on a Sunday: the
 * first and last weeks hold a few days each, and drawn beside whole weeks they read as a collapse at
 * both ends. `leftOut` counts the weeks dropped.
 */
export function wholeWeekSums<T extends { day: string }, K extends keyof T & string>(
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
