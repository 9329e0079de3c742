// Import speed at a million followers:
// 1. The follow-date index on the following side goes: nothing reads a page of the following list in
//    date order without sorting it anyway (TikTok caps following at 10,000 accounts, so those lists sort
//    in milliseconds), and keeping it cost a million-row import about three seconds of random B-tree
//    inserts. The followers' index (snapshot_followers_by_time) stays: the fans list can hold millions.
// 2. What the audience aggregates need from a snapshot's own lists is counted by the importer while the
//    lists are in memory (milliseconds) instead of read back from a million rows after it (seconds):
//    follows per UTC day per side, and the mutual count. Existing snapshots are counted here once.
export const sql = /* sql */ `
CREATE TABLE snapshot_follow_days (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  side         INTEGER NOT NULL CHECK (side IN (0, 1)), -- 0 followers, 1 following
  day          INTEGER NOT NULL,                        -- floor(followed_at / 86400000), UTC
  count        INTEGER NOT NULL,
  PRIMARY KEY (snapshot_id, side, day)
) STRICT, WITHOUT ROWID;

INSERT INTO snapshot_follow_days (snapshot_id, side, day, count)
SELECT snapshot_id, 0, followed_at / 86400000, COUNT(*) FROM snapshot_followers
 WHERE followed_at IS NOT NULL GROUP BY snapshot_id, followed_at / 86400000;
INSERT INTO snapshot_follow_days (snapshot_id, side, day, count)
SELECT snapshot_id, 1, followed_at / 86400000, COUNT(*) FROM snapshot_following
 WHERE followed_at IS NOT NULL GROUP BY snapshot_id, followed_at / 86400000;

-- Accounts in both the followers and the following list of the snapshot.
ALTER TABLE snapshots ADD COLUMN mutual_total INTEGER NOT NULL DEFAULT 0;
UPDATE snapshots SET mutual_total = (
  SELECT COUNT(*) FROM snapshot_following g
   WHERE g.snapshot_id = snapshots.id
     AND EXISTS (SELECT 1 FROM snapshot_followers f WHERE f.snapshot_id = g.snapshot_id AND f.handle_id = g.handle_id));

DROP INDEX snapshot_following_by_time;
`;
