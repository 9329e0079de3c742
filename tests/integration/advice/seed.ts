// A tiny store for hand-written histories: exports as lists of people with dates, written into a real
// database file the way the snapshot writer stores them (handles per account, integer joins).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../../src/main/db/open';
import { countListFactsInSql } from '../../../src/main/db/queries/list-facts';

export const DAY = 86_400_000;
export const T = Date.parse('2026-06-01T12:00:00Z');
export const daysAgo = (d: number) => T - d * DAY;

export function tempDb(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'followscope-advice-')), 'test.db');
}

export interface SeedSnapshot {
  takenAt: number;
  followers: [username: string, followedAt: number | null][];
  following: [username: string, followedAt: number | null][];
  blocked?: string[];
  messages?: [username: string, count: number, lastAt: number][];
  posts?: { postedAt: number; title: string; likes: number }[];
  terms?: { kind: 'search' | 'hashtagUsed' | 'hashtagFavorite'; term: string; day: string; count: number }[];
  activity?: { kind: 'comments' | 'likesGiven'; day: string; count: number }[];
  /** Sections the export did not carry (default: it carried every list given above). */
  absent?: ('followers' | 'following' | 'posts')[];
}

/** The section report the snapshot writer would record for this export. */
function sectionsOf(s: SeedSnapshot): string {
  const lists = { followers: s.followers.length, following: s.following.length, posts: s.posts?.length ?? 0 };
  const reports: { section: string; records: number; present: boolean; state: string }[] = (
    Object.keys(lists) as (keyof typeof lists)[]
  ).map((section) => {
    const records = lists[section];
    const absent = s.absent?.includes(section) || (section === 'posts' && s.posts === undefined);
    const state = absent ? 'absent' : records > 0 ? 'present' : 'empty';
    return { section, records, present: records > 0, state };
  });
  // Activity sections are carried when the seed gives activity of that kind.
  for (const kind of ['comments', 'likesGiven'] as const) {
    const records = (s.activity ?? []).filter((a) => a.kind === kind).reduce((n, a) => n + a.count, 0);
    if (records > 0) reports.push({ section: kind, records, present: true, state: 'present' });
  }
  // Messages likewise: carried when the seed gives conversations.
  const conversations = s.messages?.length ?? 0;
  if (conversations > 0)
    reports.push({ section: 'messages', records: conversations, present: true, state: 'present' });
  return JSON.stringify(reports);
}

export function seedAccount(db: Db, username: string): number {
  db.prepare(
    "INSERT INTO accounts (platform, username, display_name, created_at) VALUES ('tiktok', ?, NULL, 0)",
  ).run(username);
  return db.prepare('SELECT id FROM accounts WHERE username = ?').pluck().get(username) as number;
}

export function seedSnapshot(db: Db, accountId: number, s: SeedSnapshot): number {
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO snapshots (account_id, taken_at, taken_at_source, imported_at, source_name, content_hash, kind, format,
                                  follower_total, following_total, post_total, sections)
           VALUES (?, ?, 'given', ?, 'seed', ?, 'account-export', 'json', ?, ?, ?, ?)`,
        )
        .run(
          accountId,
          s.takenAt,
          Date.now(),
          `seed-${accountId}-${s.takenAt}-${Math.random()}`,
          s.followers.length,
          s.following.length,
          s.posts?.length ?? 0,
          sectionsOf(s),
        ).lastInsertRowid,
    );
    const handle = (u: string) => {
      db.prepare('INSERT OR IGNORE INTO handles (account_id, username) VALUES (?, ?)').run(accountId, u);
      return db
        .prepare('SELECT id FROM handles WHERE account_id = ? AND username = ?')
        .pluck()
        .get(accountId, u) as number;
    };
    for (const [u, at] of s.followers)
      db.prepare('INSERT INTO snapshot_followers VALUES (?, ?, ?)').run(id, handle(u), at);
    for (const [u, at] of s.following)
      db.prepare('INSERT INTO snapshot_following VALUES (?, ?, ?)').run(id, handle(u), at);
    for (const u of s.blocked ?? [])
      db.prepare('INSERT INTO snapshot_blocked VALUES (?, ?, NULL)').run(id, handle(u));
    for (const [u, n, last] of s.messages ?? [])
      db.prepare('INSERT INTO snapshot_messages VALUES (?, ?, ?, ?)').run(id, handle(u), n, last);
    for (const p of s.posts ?? []) {
      db.prepare('INSERT OR IGNORE INTO posts (account_id, posted_at, title) VALUES (?, ?, ?)').run(
        accountId,
        p.postedAt,
        p.title,
      );
      const pid = db
        .prepare('SELECT id FROM posts WHERE account_id = ? AND posted_at = ? AND title = ?')
        .pluck()
        .get(accountId, p.postedAt, p.title);
      db.prepare('INSERT INTO snapshot_posts VALUES (?, ?, ?)').run(id, pid, p.likes);
    }
    for (const t of s.terms ?? [])
      db.prepare('INSERT INTO snapshot_terms VALUES (?, ?, ?, ?, ?)').run(id, t.kind, t.term, t.day, t.count);
    for (const a of s.activity ?? [])
      db.prepare('INSERT INTO snapshot_activity VALUES (?, ?, ?, ?)').run(id, a.kind, a.day, a.count);
    // The advice migration test builds a database without the audience migrations (003, 005).
    if (db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'snapshot_follow_days'").get())
      countListFactsInSql(db, id);
    return id;
  })();
}
