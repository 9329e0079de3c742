// The Audience tables must read one page through an index, never sort a whole snapshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audienceListSql } from '../../../src/main/analytics/audience-lists';
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/open';
import { audienceListKinds, type AudienceListKind, type AudienceSortKey } from '../../../src/shared/domain';
import { generateHistory } from '../../fixtures/history';
import { loadHistory, tempDbPath } from './load-history';

let db: Db;
let accountId: number;
beforeAll(() => {
  db = openDatabase(tempDbPath());
  const model = generateHistory({
    seed: 5,
    username: 'plans.test',
    startFollowers: 1500,
    followingCount: 100,
    snapshots: 3,
    months: 3,
  });
  ({ accountId } = loadHistory(db, model));
});
afterAll(() => closeDatabase(db));

function plan(list: AudienceListKind, key: AudienceSortKey, dir: 'asc' | 'desc' = 'asc'): string[] {
  const q = audienceListSql(db, accountId, { list, offset: 0, limit: 100, sort: { key, dir } })!;
  // The outer query reads the page (a co-routine of at most `limit` rows): only the inner plan matters.
  return (db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(q.params) as { detail: string }[])
    .map((r) => r.detail)
    .filter((d) => d !== 'CO-ROUTINE p' && d !== 'SCAN p');
}

describe('audience list query plans', () => {
  // First as on a fresh database (no statistics), then as once `PRAGMA optimize` has gathered them.
  for (const analyzed of [false, true]) {
    describe(analyzed ? 'with statistics' : 'without statistics', () => {
      beforeAll(() => {
        if (analyzed) db.exec('ANALYZE');
      });
      it('fans not followed back by name walks the handles index in order and probes by primary key', () => {
        for (const dir of ['asc', 'desc'] as const) {
          const p = plan('fans-not-followed-back', 'username', dir);
          expect(p[0]).toMatch(/^SEARCH h USING COVERING INDEX sqlite_autoindex_handles_1 \(account_id=\?\)/);
          expect(
            p.some((d) => /^SEARCH f USING PRIMARY KEY \(snapshot_id=\? AND handle_id=\?\)/.test(d)),
          ).toBe(true);
          expect(
            p.some((d) => /^SEARCH g USING PRIMARY KEY \(snapshot_id=\? AND handle_id=\?\)/.test(d)),
          ).toBe(true);
          expect(p.join('\n')).not.toMatch(/TEMP B-TREE|SCAN/);
        }
      });

      it('fans not followed back by date walks the follow-date index in order', () => {
        for (const dir of ['asc', 'desc'] as const) {
          const p = plan('fans-not-followed-back', 'followedAt', dir);
          expect(p[0]).toMatch(
            /^SEARCH f USING COVERING INDEX snapshot_followers_by_time \(snapshot_id=\?\)/,
          );
          expect(p.join('\n')).not.toMatch(/TEMP B-TREE|SCAN/);
        }
      });

      it('every list reaches its rows by index (no table scan)', () => {
        for (const list of audienceListKinds) {
          for (const key of ['username', 'followedAt'] as const) {
            const p = plan(list, key).join('\n');
            expect(p, `${list} by ${key}`).not.toMatch(/\bSCAN\b/);
            if (['unfollowers', 'new-followers', 'refollows'].includes(list)) {
              expect(p).toMatch(/SEARCH e USING PRIMARY KEY \(snapshot_id=\? AND side=\? AND kind=\?\)/);
            }
          }
        }
      });
    });
  }
});
