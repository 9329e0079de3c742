// A re-import reads the account's handles page by page: every handle of the account exactly once, none of
// another account's, whatever the page size and the names (an empty one, case variants, non-ASCII).
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/main/db/open';
import { existingHandles } from '../../../src/main/import/writer/store-people';
import { freshDbPath } from './helpers';

const db = openDatabase(freshDbPath());
afterAll(() => closeDatabase(db));

describe('existingHandles', () => {
  it('pages through one account’s handles, each once', () => {
    const accounts = ['me', 'other'].map(
      (name) =>
        db
          .prepare(
            "INSERT INTO accounts (platform, username, created_at) VALUES ('tiktok', ?, 0) RETURNING id",
          )
          .pluck()
          .get(name) as number,
    );
    const names = ['', 'Bob', 'alice', 'Émile', 'émilie', 'zed', 'ZZ', '_x', '9lives', 'b'];
    const insert = db.prepare('INSERT INTO handles (account_id, username) VALUES (?, ?)');
    const mine = new Map(names.map((n) => [Number(insert.run(accounts[0], n).lastInsertRowid), n]));
    for (const n of names) insert.run(accounts[1], n);
    for (const pageSize of [1, 2, 3, 9, 10, 11, 200_000]) {
      const seen = new Map<number, string>();
      for (const chunk of existingHandles(db, accounts[0]!, pageSize)) {
        expect(chunk.ids.length).toBeLessThanOrEqual(pageSize);
        chunk.ids.forEach((id, k) => {
          expect(seen.has(id)).toBe(false);
          seen.set(id, chunk.names[k]!);
        });
      }
      expect(seen, `page size ${pageSize}`).toEqual(mine);
    }
    expect([...existingHandles(db, 999)]).toEqual([]);
  });
});
