import type { Account, Platform } from '../../../shared/domain';
import type { Db } from '../open';
import { toIsoOrNull } from './time';

interface AccountRow {
  id: number;
  platform: Platform;
  username: string;
  display_name: string | null;
  snapshot_count: number;
  latest: number | null;
}

export function listAccounts(db: Db): Account[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.platform, a.username, a.display_name,
              COUNT(s.id) AS snapshot_count, MAX(s.taken_at) AS latest
         FROM accounts a LEFT JOIN snapshots s ON s.account_id = a.id
        GROUP BY a.id ORDER BY a.username`,
    )
    .all() as AccountRow[];
  return rows.map((r) => ({
    id: r.id,
    platform: r.platform,
    username: r.username,
    displayName: r.display_name,
    snapshotCount: r.snapshot_count,
    latestSnapshotAt: toIsoOrNull(r.latest),
  }));
}

export function findAccountByName(db: Db, platform: Platform, username: string): number | null {
  const row = db
    .prepare('SELECT id FROM accounts WHERE platform = ? AND username = ?')
    .get(platform, username) as { id: number } | undefined;
  return row?.id ?? null;
}

/** The account's id, creating it on first sight. The display name is refreshed when one is known. */
export function upsertAccount(
  db: Db,
  platform: Platform,
  username: string,
  displayName: string | null,
): number {
  const existing = findAccountByName(db, platform, username);
  if (existing !== null) {
    if (displayName)
      db.prepare('UPDATE accounts SET display_name = ? WHERE id = ?').run(displayName, existing);
    return existing;
  }
  const info = db
    .prepare('INSERT INTO accounts (platform, username, display_name, created_at) VALUES (?, ?, ?, ?)')
    .run(platform, username, displayName, Date.now());
  return Number(info.lastInsertRowid);
}

/**
 * Deletes an account and everything kept for it: snapshots with their lists, posts, handles, Studio data,
 * notes, tags, aggregates and advice state. Returns false when there is no such account. The tables are
 * found from the schema's foreign keys, so a table added later that points at an account or a snapshot is
 * emptied too. Foreign keys are off while it runs: cascading row by row through a million-follower list
 * would check every handle against every list.
 */
export function deleteAccount(db: Db, accountId: number): boolean {
  const fkWasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  if (fkWasOn) db.pragma('foreign_keys = OFF'); // cannot change inside a transaction
  try {
    return db.transaction(() => {
      if (!db.prepare('SELECT 1 FROM accounts WHERE id = ?').get(accountId)) return false;
      const { bySnapshot, byAccount } = tablesPointingAtAccounts(db);
      for (const { table, column } of bySnapshot)
        db.prepare(
          `DELETE FROM "${table}" WHERE "${column}" IN (SELECT id FROM snapshots WHERE account_id = ?)`,
        ).run(accountId);
      for (const { table, column } of byAccount)
        db.prepare(`DELETE FROM "${table}" WHERE "${column}" = ?`).run(accountId);
      db.prepare('DELETE FROM accounts WHERE id = ?').run(accountId);
      return true;
    })();
  } finally {
    if (fkWasOn) db.pragma('foreign_keys = ON');
  }
}

interface KeyColumn {
  table: string;
  column: string;
}

/** Tables with a foreign key to snapshots (deleted first) and to accounts (snapshots itself among them). */
function tablesPointingAtAccounts(db: Db): { bySnapshot: KeyColumn[]; byAccount: KeyColumn[] } {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const bySnapshot: KeyColumn[] = [];
  const byAccount: KeyColumn[] = [];
  for (const table of tables) {
    const keys = db.pragma(`foreign_key_list("${table}")`) as { table: string; from: string }[];
    for (const key of keys) {
      if (key.table === 'snapshots') bySnapshot.push({ table, column: key.from });
      else if (key.table === 'accounts') byAccount.push({ table, column: key.from });
    }
  }
  return { bySnapshot, byAccount };
}
