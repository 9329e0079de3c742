// Activity and terms are stored as counts per UTC day: a map from a small key to a count, filled while
// the export streams by. 200k watch-history entries over two years collapse to ~700 rows.

export const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' (UTC) of a UTC day number. */
export function dayString(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function dayNumber(at: number): number {
  return Math.floor(at / DAY_MS);
}

export class DayCounts<K extends string> {
  /** kind → day number → count */
  private readonly byKind = new Map<K, Map<number, number>>();
  /** kind → records added: asked for at every record (the input limit), so kept, not summed each time. */
  private readonly totals = new Map<K, number>();

  add(kind: K, at: number): void {
    let days = this.byKind.get(kind);
    if (!days) this.byKind.set(kind, (days = new Map()));
    const day = dayNumber(at);
    days.set(day, (days.get(day) ?? 0) + 1);
    this.totals.set(kind, (this.totals.get(kind) ?? 0) + 1);
  }

  total(kind: K): number {
    return this.totals.get(kind) ?? 0;
  }

  *rows(): Generator<{ kind: K; day: string; count: number }> {
    for (const [kind, days] of this.byKind)
      for (const [day, count] of days) yield { kind, day: dayString(day), count };
  }
}

/** Terms per (kind, term, day); day is '' when the record has no date. */
export class TermCounts<K extends string> {
  private readonly counts = new Map<string, number>();
  private readonly totals = new Map<K, number>();

  add(kind: K, term: string, at: number | null): void {
    const day = at === null ? '' : dayString(dayNumber(at));
    const key = `${kind}\u0000${term}\u0000${day}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.totals.set(kind, (this.totals.get(kind) ?? 0) + 1);
  }

  total(kind: K): number {
    return this.totals.get(kind) ?? 0;
  }

  /** Distinct (kind, term, day) keys held. */
  get distinct(): number {
    return this.counts.size;
  }

  *rows(): Generator<{ kind: K; term: string; day: string; count: number }> {
    for (const [key, count] of this.counts) {
      const [kind, term, day] = key.split('\u0000') as [K, string, string];
      yield { kind, term, day, count };
    }
  }
}
