// periodStartSql must bucket days exactly as periodStart does: growthSeries sums in SQL with the one
// and fills the gaps between periods with the other.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { periodStart, periodStartSql } from '../../../src/main/analytics/periods';
import type { Granularity } from '../../../src/shared/domain';

const granularities: Granularity[] = ['day', 'week', 'month'];

describe('periodStartSql', () => {
  it('gives the same period as periodStart for every day of six years, at every granularity', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE days (day INTEGER NOT NULL)');
    const insert = db.prepare('INSERT INTO days (day) VALUES (?)');
    // 2019-01-01 .. 2024-12-31: leap years, year ends in mid-week, Sundays and Mondays.
    const first = Date.UTC(2019, 0, 1) / 86_400_000;
    const last = Date.UTC(2024, 11, 31) / 86_400_000;
    db.transaction(() => {
      for (let day = first; day <= last; day++) insert.run(day);
    })();
    for (const granularity of granularities) {
      const rows = db
        .prepare(`SELECT day, ${periodStartSql('day', granularity)} AS period FROM days ORDER BY day`)
        .all() as { day: number; period: string }[];
      expect(rows).toHaveLength(last - first + 1);
      const wrong = rows.filter((r) => r.period !== periodStart(r.day, granularity));
      expect(wrong).toEqual([]);
    }
    db.close();
  });
});
