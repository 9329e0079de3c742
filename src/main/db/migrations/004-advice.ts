// Advice state the user creates: niche keyword edits, automatic tag rules, dismissed suggestion rows,
// dismissed or snoozed tips, the follower goal and a few settings. Manual tags and "keep" marks live in
// the audience tables of migration 003 (audience_tags, audience_notes), which advice reads. Everything is keyed by account and
// by username or tip id (never by handle or snapshot id): snapshots and handles come and go with
// re-imports, the user's decisions must outlive them.
export const sql = /* sql */ `
CREATE TABLE advice_niche_edits (
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  term        TEXT NOT NULL COLLATE NOCASE,
  state       TEXT NOT NULL CHECK (state IN ('added', 'removed', 'pinned')),
  updated_at  INTEGER NOT NULL,
  PRIMARY KEY (account_id, term)
) STRICT, WITHOUT ROWID;

-- "username / display name contains <text>" tags the account with <tag>.
CREATE TABLE advice_tag_rules (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  tag         TEXT NOT NULL COLLATE NOCASE,
  field       TEXT NOT NULL CHECK (field IN ('username', 'displayName', 'either')),
  contains    TEXT NOT NULL COLLATE NOCASE CHECK (length(contains) > 0),
  created_at  INTEGER NOT NULL,
  UNIQUE (account_id, tag, field, contains)
) STRICT;

CREATE TABLE advice_dismissed_rows (
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  list        TEXT NOT NULL CHECK (list IN ('follow-back', 'niche', 'review', 'reconnect')),
  username    TEXT NOT NULL COLLATE NOCASE,
  dismissed_at INTEGER NOT NULL,
  PRIMARY KEY (account_id, list, username)
) STRICT, WITHOUT ROWID;

CREATE TABLE advice_tip_state (
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  tip_id      TEXT NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('dismissed', 'snoozed')),
  until       INTEGER,            -- end of a snooze (epoch ms)
  updated_at  INTEGER NOT NULL,
  PRIMARY KEY (account_id, tip_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE advice_goals (
  account_id  INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  target      INTEGER NOT NULL CHECK (target > 0),
  deadline    TEXT,               -- 'YYYY-MM-DD'
  updated_at  INTEGER NOT NULL
) STRICT;

-- Settings per account; a missing row means the default.
CREATE TABLE advice_settings (
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  key         TEXT NOT NULL CHECK (key IN ('reviewAfterDays', 'dailyUnfollowCap', 'nicheShareTarget')),
  value       REAL NOT NULL,
  PRIMARY KEY (account_id, key)
) STRICT, WITHOUT ROWID;
`;
