// The user's keep / tags / note on accounts, keyed by (account, username) so they outlive snapshots.
import type { TagCount } from '../../../shared/domain';
import type { Db } from '../open';

export interface HandleNote {
  keep: boolean;
  note: string;
  tags: string[];
}

/** Rows that say nothing (not kept, no note) are removed so the table only holds what the user said. */
function dropEmpty(db: Db, accountId: number, usernames: readonly string[]): void {
  const stmt = db.prepare(
    "DELETE FROM audience_notes WHERE account_id = ? AND username = ? AND keep = 0 AND note = ''",
  );
  for (const u of usernames) stmt.run(accountId, u);
}

export function setKeep(db: Db, accountId: number, usernames: readonly string[], keep: boolean): number {
  const stmt = db.prepare(
    `INSERT INTO audience_notes (account_id, username, keep, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (account_id, username) DO UPDATE SET keep = excluded.keep, updated_at = excluded.updated_at`,
  );
  const now = Date.now();
  db.transaction(() => {
    for (const u of usernames) stmt.run(accountId, u, keep ? 1 : 0, now);
    dropEmpty(db, accountId, usernames);
  })();
  return usernames.length;
}

export function setNote(db: Db, accountId: number, username: string, note: string): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO audience_notes (account_id, username, note, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (account_id, username) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at`,
    ).run(accountId, username, note.trim(), Date.now());
    dropEmpty(db, accountId, [username]);
  })();
}

export function addTags(
  db: Db,
  accountId: number,
  usernames: readonly string[],
  tags: readonly string[],
): void {
  const stmt = db.prepare('INSERT OR IGNORE INTO audience_tags (account_id, username, tag) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const u of usernames) for (const t of tags) stmt.run(accountId, u, t.trim());
  })();
}

export function removeTags(
  db: Db,
  accountId: number,
  usernames: readonly string[],
  tags: readonly string[],
): void {
  const stmt = db.prepare('DELETE FROM audience_tags WHERE account_id = ? AND username = ? AND tag = ?');
  db.transaction(() => {
    for (const u of usernames) for (const t of tags) stmt.run(accountId, u, t.trim());
  })();
}

export function listTags(db: Db, accountId: number): TagCount[] {
  return db
    .prepare(
      'SELECT tag, COUNT(*) AS count FROM audience_tags WHERE account_id = ? GROUP BY tag ORDER BY tag',
    )
    .all(accountId) as TagCount[];
}

/** Notes for a page of usernames (lower-cased keys: names compare case-insensitively). */
export function notesFor(db: Db, accountId: number, usernames: readonly string[]): Map<string, HandleNote> {
  const out = new Map<string, HandleNote>();
  if (usernames.length === 0) return out;
  const json = JSON.stringify(usernames);
  const entry = (u: string) => {
    const key = u.toLowerCase();
    let n = out.get(key);
    if (!n) out.set(key, (n = { keep: false, note: '', tags: [] }));
    return n;
  };
  const notes = db
    .prepare(
      `SELECT username, keep, note FROM audience_notes
        WHERE account_id = ? AND username IN (SELECT value FROM json_each(?))`,
    )
    .all(accountId, json) as { username: string; keep: number; note: string }[];
  for (const r of notes) Object.assign(entry(r.username), { keep: r.keep === 1, note: r.note });
  const tags = db
    .prepare(
      `SELECT username, tag FROM audience_tags
        WHERE account_id = ? AND username IN (SELECT value FROM json_each(?)) ORDER BY tag`,
    )
    .all(accountId, json) as { username: string; tag: string }[];
  for (const r of tags) entry(r.username).tags.push(r.tag);
  return out;
}
