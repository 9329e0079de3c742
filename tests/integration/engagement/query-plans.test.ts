// The engagement queries reach the big per-snapshot tables through their primary keys: every statement
// the analytics run is recorded with its arguments and explained; none may scan snapshot_followers,
// snapshot_activity, snapshot_terms, snapshot_posts or the Studio tables from end to end.
import type { Statement } from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { yourActivity } from '../../../src/main/analytics/engagement/activity';
import { cadenceAnalysis } from '../../../src/main/analytics/engagement/cadence';
import { interestProfile } from '../../../src/main/analytics/engagement/interests';
import { postAnalytics } from '../../../src/main/analytics/engagement/posts';
import { studioFollowerSeries, studioMetrics } from '../../../src/main/analytics/engagement/studio-metrics';
import type { Db } from '../../../src/main/db/open';
import { createWorld, type World } from './world';

const BIG = /^SCAN (snapshot_followers|snapshot_activity|snapshot_terms|snapshot_posts|studio_\w+)\b/;

let world: World;
beforeAll(async () => {
  world = await createWorld({ seed: 3, snapshots: 2, months: 2 });
  const studio = world.writeStudio({ seed: 4, days: 30 }, {}, 'studio');
  await world.importPaths(studio.paths);
});
afterAll(() => world?.close());

/** Runs fn with db.prepare wrapped so that every executed statement is recorded with its arguments. */
function recordStatements(db: Db, fn: () => void): { sql: string; args: unknown[] }[] {
  const seen: { sql: string; args: unknown[] }[] = [];
  const prepare = db.prepare;
  db.prepare = ((sql: string) => {
    const stmt = prepare.call(db, sql) as Statement;
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = stmt[method] as (...a: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        seen.push({ sql, args });
        return original.apply(stmt, args);
      };
    }
    return stmt;
  }) as Db['prepare'];
  try {
    fn();
  } finally {
    db.prepare = prepare;
  }
  return seen;
}

it('reads the big tables by key, never by a full scan', () => {
  const db = world.service.context.db;
  const id = world.accountId;
  const statements = recordStatements(db, () => {
    postAnalytics(db, id);
    cadenceAnalysis(db, id);
    interestProfile(db, id);
    yourActivity(db, id);
    studioMetrics(db, id);
    studioFollowerSeries(db, id);
  });
  expect(statements.length).toBeGreaterThan(8);
  for (const { sql, args } of statements) {
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
    const scans = plan.map((p) => p.detail).filter((d) => BIG.test(d));
    expect({ sql: sql.replace(/\s+/g, ' ').slice(0, 120), scans }).toEqual({
      sql: sql.replace(/\s+/g, ' ').slice(0, 120),
      scans: [],
    });
  }
});
