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
