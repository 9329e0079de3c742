// Groups daily points into Monday weeks for charts that would be too busy with 365 bars.
export function mondayOf(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return new Date(ms - weekday * 86_400_000).toISOString().slice(0, 10);
}

/** Sums the chosen numeric fields per week (nulls count as nothing). */
export function weeklySums<T extends { day: string }, K extends keyof T & string>(
  days: readonly T[],
  keys: readonly K[],
): ({ week: string } & Record<K, number>)[] {
  const weeks = new Map<string, { week: string } & Record<K, number>>();
  for (const d of days) {
    const week = mondayOf(d.day);
    let w = weeks.get(week);
    if (!w) {
      w = { week, ...Object.fromEntries(keys.map((k) => [k, 0])) } as { week: string } & Record<K, number>;
      weeks.set(week, w);
    }
    for (const k of keys) {
      const v = d[k];
      if (typeof v === 'number') (w as Record<K, number>)[k] += v;
    }
  }
  return [...weeks.values()];
}
