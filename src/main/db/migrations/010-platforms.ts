// Platforms: X joins TikTok and Instagram, and an account is (platform, username). SQLite cannot change
// a CHECK constraint in place, so the accounts table is rebuilt (SQLite's documented 12-step procedure):
// this migration runs with foreign keys off, or dropping the old table would cascade into every
// snapshot; the runner checks the foreign keys before committing.
//
// The user's own Instagram lists (follow requests sent, recently unfollowed, close friends, restricted)
// get a table of their own: they are the user's actions and settings, not the audience.
//
// An Instagram export requested for a date range lists only the follows made inside it: the snapshot
// keeps where its knowledge starts (follows_since), and its lists are never compared with a full one.
export const sql = /* sql */ `
CREATE TABLE accounts_new (
  id            INTEGER PRIMARY KEY,
  platform      TEXT NOT NULL CHECK (platform IN ('tiktok', 'instagram', 'x')),
  username      TEXT NOT NULL COLLATE NOCASE,
  display_name  TEXT,
  created_at    INTEGER NOT NULL,
  UNIQUE (platform, username)
) STRICT;
INSERT INTO accounts_new (id, platform, username, display_name, created_at)
  SELECT id, platform, username, display_name, created_at FROM accounts;
DROP TABLE accounts;
ALTER TABLE accounts_new RENAME TO accounts;

ALTER TABLE snapshots ADD COLUMN follows_since INTEGER;

CREATE TABLE own_list_entries (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  list         TEXT NOT NULL CHECK (list IN ('pendingRequests', 'recentlyUnfollowed', 'closeFriends', 'restricted')),
  username     TEXT NOT NULL COLLATE NOCASE,
  at           INTEGER,
  PRIMARY KEY (snapshot_id, list, username)
) STRICT, WITHOUT ROWID;
`;
