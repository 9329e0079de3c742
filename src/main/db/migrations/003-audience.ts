// Audience analytics: follow-date indexes, the user's keep/tags/notes on accounts, and per-snapshot
// aggregates precomputed once per snapshot (so a 1M-follower account answers in milliseconds).
export const sql = /* sql */ `
-- Follow dates in order: "new followers in the last 30 days", per-day histograms and lists sorted by
-- date read a range of this index instead of a whole snapshot.
CREATE INDEX snapshot_followers_by_time ON snapshot_followers (snapshot_id, followed_at);
CREATE INDEX snapshot_following_by_time ON snapshot_following (snapshot_id, followed_at);

-- What the user says about an account: keep (never suggest unfollowing), a note, tags. Keyed by the
-- username, not the handle id: handles that no snapshot refers to are deleted with their last snapshot,
-- and a name the user annotated must keep its annotation when it shows up again in a later import.
CREATE TABLE audience_notes (
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  username    TEXT NOT NULL COLLATE NOCASE,
  keep        INTEGER NOT NULL DEFAULT 0 CHECK (keep IN (0, 1)),
  note        TEXT NOT NULL DEFAULT '',
  updated_at  INTEGER NOT NULL,
  PRIMARY KEY (account_id, username)
) STRICT, WITHOUT ROWID;

CREATE TABLE audience_tags (
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  username    TEXT NOT NULL COLLATE NOCASE,
  tag         TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (account_id, username, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX audience_tags_by_tag ON audience_tags (account_id, tag);

-- Per snapshot: counts and changes against the previous snapshot of the same account (by taken_at).
-- lineage is the ids of every snapshot of the account up to this one, in order: when it no longer
-- matches (a snapshot was added before, deleted or re-dated) the row and its events are recomputed.
CREATE TABLE audience_snapshot_stats (
  snapshot_id          INTEGER PRIMARY KEY REFERENCES snapshots (id) ON DELETE CASCADE,
  account_id           INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  prev_snapshot_id     INTEGER,
  lineage              TEXT NOT NULL,
  followers            INTEGER NOT NULL,
  following            INTEGER NOT NULL,
  mutuals              INTEGER NOT NULL,
  followers_gained     INTEGER NOT NULL,
  followers_lost       INTEGER NOT NULL,
  followers_refollowed INTEGER NOT NULL,
  following_gained     INTEGER NOT NULL,
  following_lost       INTEGER NOT NULL,
  following_refollowed INTEGER NOT NULL,
  new_followers_7d     INTEGER NOT NULL,
  new_followers_30d    INTEGER NOT NULL,
  followers_undated    INTEGER NOT NULL
) STRICT;
CREATE INDEX audience_snapshot_stats_by_account ON audience_snapshot_stats (account_id);

-- Who changed between the previous snapshot and this one. side: 0 followers, 1 following.
-- kind: 'gained' (first time seen), 'lost' (in the previous snapshot, not in this one),
-- 'refollowed' (not in the previous snapshot but in an earlier one). followed_at: this snapshot's date
-- for gained/refollowed, the previous snapshot's date for lost.
CREATE TABLE audience_events (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  side         INTEGER NOT NULL CHECK (side IN (0, 1)),
  kind         TEXT NOT NULL CHECK (kind IN ('gained', 'lost', 'refollowed')),
  handle_id    INTEGER NOT NULL,
  followed_at  INTEGER,
  PRIMARY KEY (snapshot_id, side, kind, handle_id)
) STRICT, WITHOUT ROWID;

-- Follow dates per UTC day (day = floor(ms / 86400000)). measure 'present': everyone in the snapshot;
-- 'arrived': the snapshot's gained + refollowed (for the first snapshot: everyone), so summing 'arrived'
-- over snapshots counts every follow ever seen exactly once.
CREATE TABLE audience_follow_days (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  side         INTEGER NOT NULL CHECK (side IN (0, 1)),
  measure      TEXT NOT NULL CHECK (measure IN ('present', 'arrived')),
  day          INTEGER NOT NULL,
  count        INTEGER NOT NULL,
  PRIMARY KEY (snapshot_id, side, measure, day)
) STRICT, WITHOUT ROWID;
`;
