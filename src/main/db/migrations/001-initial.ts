// Accounts, snapshots, and everything an account export holds that the analysis needs.
// Times are epoch milliseconds UTC (INTEGER); days are 'YYYY-MM-DD' in UTC (TEXT).
export const sql = /* sql */ `
CREATE TABLE accounts (
  id            INTEGER PRIMARY KEY,
  platform      TEXT NOT NULL CHECK (platform IN ('tiktok', 'instagram')),
  username      TEXT NOT NULL COLLATE NOCASE,
  display_name  TEXT,
  created_at    INTEGER NOT NULL,
  UNIQUE (platform, username)
) STRICT;

-- One row per imported file. taken_at orders snapshots (when the export was made), not import order.
CREATE TABLE snapshots (
  id               INTEGER PRIMARY KEY,
  account_id       INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  taken_at         INTEGER NOT NULL,
  taken_at_source  TEXT NOT NULL,
  imported_at      INTEGER NOT NULL,
  source_name      TEXT NOT NULL,
  content_hash     TEXT NOT NULL UNIQUE,
  kind             TEXT NOT NULL CHECK (kind IN ('account-export', 'studio')),
  format           TEXT NOT NULL,
  layout           TEXT,
  -- The profile's own counts when the export carries them (2025+ ProfileMap).
  profile_followers INTEGER,
  profile_following INTEGER,
  likes_received    INTEGER,
  follower_total    INTEGER NOT NULL DEFAULT 0,
  following_total   INTEGER NOT NULL DEFAULT 0,
  post_total        INTEGER NOT NULL DEFAULT 0,
  sections          TEXT NOT NULL DEFAULT '[]', -- JSON SectionReport[]
  warnings          TEXT NOT NULL DEFAULT '[]'  -- JSON string[]
) STRICT;
CREATE INDEX snapshots_by_account_time ON snapshots (account_id, taken_at);

-- Usernames are stored once per account and referenced by id: a 1M-follower account imported ten
-- times stores each name once, and snapshot comparisons join integers.
CREATE TABLE handles (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  username    TEXT NOT NULL COLLATE NOCASE,
  UNIQUE (account_id, username)
) STRICT;

CREATE TABLE snapshot_followers (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  handle_id    INTEGER NOT NULL REFERENCES handles (id),
  followed_at  INTEGER,
  PRIMARY KEY (snapshot_id, handle_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE snapshot_following (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  handle_id    INTEGER NOT NULL REFERENCES handles (id),
  followed_at  INTEGER,
  PRIMARY KEY (snapshot_id, handle_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE snapshot_blocked (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  handle_id    INTEGER NOT NULL REFERENCES handles (id),
  blocked_at   INTEGER,
  PRIMARY KEY (snapshot_id, handle_id)
) STRICT, WITHOUT ROWID;

-- Direct messages: how many and when the last one was, per counterpart. Never the text.
CREATE TABLE snapshot_messages (
  snapshot_id    INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  handle_id      INTEGER NOT NULL REFERENCES handles (id),
  message_count  INTEGER NOT NULL,
  last_at        INTEGER,
  PRIMARY KEY (snapshot_id, handle_id)
) STRICT, WITHOUT ROWID;

-- A post is identified across exports by its time and text: the export's link is a signed URL that
-- expires and changes between exports.
CREATE TABLE posts (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  posted_at   INTEGER NOT NULL,
  title       TEXT NOT NULL DEFAULT '',
  sound       TEXT NOT NULL DEFAULT '',
  UNIQUE (account_id, posted_at, title)
) STRICT;

CREATE TABLE snapshot_posts (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  post_id      INTEGER NOT NULL REFERENCES posts (id),
  likes        INTEGER,
  PRIMARY KEY (snapshot_id, post_id)
) STRICT, WITHOUT ROWID;

-- Activity on the "following" side, as counts per UTC day: likes given, favorites, comments made,
-- shares, videos watched.
CREATE TABLE snapshot_activity (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('likesGiven', 'favoriteVideos', 'comments', 'shares', 'watched', 'searches')),
  day          TEXT NOT NULL,
  count        INTEGER NOT NULL,
  PRIMARY KEY (snapshot_id, kind, day)
) STRICT, WITHOUT ROWID;

-- Search terms and hashtags (used or favorited) describe the creator's niche. day is '' when unknown.
CREATE TABLE snapshot_terms (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('search', 'hashtagUsed', 'hashtagFavorite')),
  term         TEXT NOT NULL,
  day          TEXT NOT NULL,
  count        INTEGER NOT NULL,
  PRIMARY KEY (snapshot_id, kind, term, day)
) STRICT, WITHOUT ROWID;
`;
