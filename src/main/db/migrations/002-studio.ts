// TikTok Studio analytics downloads, stored per account and merged by day: each value
// remembers which download (exported_at) it came from, and a newer download replaces an older one's
// value for the same day, so overlapping downloads never store a day twice.
export const sql = /* sql */ `
-- One row per imported set of Studio files; the content hash recognizes a re-import.
CREATE TABLE studio_imports (
  id            INTEGER PRIMARY KEY,
  account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  content_hash  TEXT NOT NULL,
  files         TEXT NOT NULL DEFAULT '[]', -- JSON string[]: the names recognized
  from_day      TEXT,
  to_day        TEXT,
  days          INTEGER NOT NULL DEFAULT 0,
  exported_at   INTEGER NOT NULL,
  imported_at   INTEGER NOT NULL,
  warnings      TEXT NOT NULL DEFAULT '[]', -- JSON string[]
  UNIQUE (account_id, content_hash)
) STRICT;

-- Narrow daily metrics: one row per (day, metric). NULL value = the file said "no data" that day.
CREATE TABLE studio_daily (
  account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  day          TEXT NOT NULL,
  metric       TEXT NOT NULL CHECK (metric IN ('videoViews', 'profileViews', 'likes', 'comments', 'shares',
                 'totalViewers', 'newViewers', 'returningViewers', 'followers', 'netFollowers',
                 'reachedAudience', 'newFollowers', 'lostFollowers')),
  value        REAL,
  exported_at  INTEGER NOT NULL,
  PRIMARY KEY (account_id, day, metric)
) STRICT, WITHOUT ROWID;

-- Active followers per hour of the days a FollowerActivity file covers.
CREATE TABLE studio_follower_activity (
  account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  day          TEXT NOT NULL,
  hour         INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
  active       INTEGER,
  exported_at  INTEGER NOT NULL,
  PRIMARY KEY (account_id, day, hour)
) STRICT, WITHOUT ROWID;

-- Gender and territory shares: snapshots at export time, kept per download.
CREATE TABLE studio_distributions (
  account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('gender', 'territory')),
  exported_at  INTEGER NOT NULL,
  key          TEXT NOT NULL,
  share        REAL NOT NULL,
  PRIMARY KEY (account_id, kind, exported_at, key)
) STRICT, WITHOUT ROWID;

-- Top content rows per download. video_key is the video id from the link (else the link, else
-- title|posted_day), so the same video across downloads lines up.
CREATE TABLE studio_content (
  account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  video_key    TEXT NOT NULL,
  exported_at  INTEGER NOT NULL,
  title        TEXT NOT NULL DEFAULT '',
  link         TEXT,
  posted_day   TEXT,
  likes        INTEGER,
  comments     INTEGER,
  shares       INTEGER,
  views        INTEGER,
  favorites    INTEGER,
  PRIMARY KEY (account_id, video_key, exported_at)
) STRICT, WITHOUT ROWID;
`;
