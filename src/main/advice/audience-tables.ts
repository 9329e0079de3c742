// The audience page's keep marks and tags (migration 003: audience_notes, audience_tags) are another
// module's tables; advice reads them and tags written there (bulk tagging included) feed the niche
// statistics. Each read is guarded by a look at sqlite_master so advice also works on a database
// without them (tests that apply only some migrations).
import type { Db } from '../db/open';

function hasTable(db: Db, name: string): boolean {
  return (
    (db
      .prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
      .pluck()
      .get(name) as number) > 0
  );
}

/** SQL selecting (username, tag) for account `?`, or null when the audience tags table is absent. */
export function audienceTagsSql(db: Db): string | null {
  return hasTable(db, 'audience_tags')
    ? 'SELECT username, tag FROM audience_tags WHERE account_id = ?'
    : null;
}

/** SQL selecting usernames marked "keep" for account `?`, or null when the table is absent. */
export function keepUsernamesSql(db: Db): string | null {
  return hasTable(db, 'audience_notes')
    ? 'SELECT username FROM audience_notes WHERE account_id = ? AND keep = 1'
    : null;
}

export function hasStudioTables(db: Db): boolean {
  return hasTable(db, 'studio_daily');
}
