// Tags at scale (20k accounts tagged with 50 tags each is a million hand-tag pairs): tips and suggestions
// read tags on every call, so what they need is kept ready instead of being counted over every pair.
//
// advice_tag_lists: each hand-tagged account's tags as one JSON array, kept in step with audience_tags by
// triggers (in the same transaction as the tagging, by any connection), so a suggestion list reads one
// row per account instead of fifty.
//
// advice_tag_stats and advice_tagged_following: per export, each tag's followed accounts, follow-backs
// and median days to follow back, and how many followed accounts carry any tag. These are a cache: counted
// on first read, their rows dropped by the triggers the moment an account's tags change (a tag set or
// removed by hand, a tag rule added, edited or removed). An export's lists never change after its import,
// and deleting an export deletes its rows.
export const sql = /* sql */ `
CREATE TABLE advice_tag_lists (
  account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  username    TEXT NOT NULL COLLATE NOCASE,
  tags        TEXT NOT NULL CHECK (json_valid(tags)),
  -- REPLACE: a restore copies every table, this one after audience_tags whose triggers already filled it.
  PRIMARY KEY (account_id, username) ON CONFLICT REPLACE
) STRICT, WITHOUT ROWID;
INSERT INTO advice_tag_lists (account_id, username, tags)
  SELECT account_id, MIN(username), json_group_array(tag) FROM audience_tags
   GROUP BY account_id, username;

CREATE TABLE advice_tag_stats (
  snapshot_id   INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  tag           TEXT NOT NULL COLLATE NOCASE,
  following     INTEGER NOT NULL,
  follow_back   INTEGER NOT NULL,
  median_days   REAL,
  PRIMARY KEY (snapshot_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX advice_tag_stats_by_tag ON advice_tag_stats (account_id, tag);

CREATE TABLE advice_tagged_following (
  snapshot_id  INTEGER PRIMARY KEY REFERENCES snapshots (id) ON DELETE CASCADE,
  account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  count        INTEGER NOT NULL
) STRICT;
CREATE INDEX advice_tagged_following_by_account ON advice_tagged_following (account_id);

CREATE TRIGGER advice_tags_hand_insert AFTER INSERT ON audience_tags BEGIN
  INSERT INTO advice_tag_lists (account_id, username, tags)
    VALUES (NEW.account_id, NEW.username, json_array(NEW.tag))
    ON CONFLICT (account_id, username) DO UPDATE SET tags = json_insert(tags, '$[#]', NEW.tag);
  DELETE FROM advice_tag_stats WHERE account_id = NEW.account_id AND tag = NEW.tag;
  DELETE FROM advice_tagged_following WHERE account_id = NEW.account_id;
END;
-- Not while the account itself is being deleted (its lists and counts go with it): a cascade over a
-- million tags would rewrite each list fifty times for nothing.
CREATE TRIGGER advice_tags_hand_delete AFTER DELETE ON audience_tags
  WHEN EXISTS (SELECT 1 FROM accounts WHERE id = OLD.account_id) BEGIN
  UPDATE advice_tag_lists
     SET tags = (SELECT json_group_array(value) FROM json_each(tags) WHERE value <> OLD.tag)
   WHERE account_id = OLD.account_id AND username = OLD.username;
  DELETE FROM advice_tag_lists
   WHERE account_id = OLD.account_id AND username = OLD.username AND tags = '[]';
  DELETE FROM advice_tag_stats WHERE account_id = OLD.account_id AND tag = OLD.tag;
  DELETE FROM advice_tagged_following WHERE account_id = OLD.account_id;
END;
CREATE TRIGGER advice_tags_hand_update AFTER UPDATE ON audience_tags BEGIN
  UPDATE advice_tag_lists
     SET tags = (SELECT json_group_array(value) FROM json_each(tags) WHERE value <> OLD.tag)
   WHERE account_id = OLD.account_id AND username = OLD.username;
  DELETE FROM advice_tag_lists
   WHERE account_id = OLD.account_id AND username = OLD.username AND tags = '[]';
  INSERT INTO advice_tag_lists (account_id, username, tags)
    VALUES (NEW.account_id, NEW.username, json_array(NEW.tag))
    ON CONFLICT (account_id, username) DO UPDATE SET tags = json_insert(tags, '$[#]', NEW.tag);
  DELETE FROM advice_tag_stats WHERE account_id IN (OLD.account_id, NEW.account_id) AND tag IN (OLD.tag, NEW.tag);
  DELETE FROM advice_tagged_following WHERE account_id IN (OLD.account_id, NEW.account_id);
END;
CREATE TRIGGER advice_tags_rule_insert AFTER INSERT ON advice_tag_rules BEGIN
  DELETE FROM advice_tag_stats WHERE account_id = NEW.account_id AND tag = NEW.tag;
  DELETE FROM advice_tagged_following WHERE account_id = NEW.account_id;
END;
CREATE TRIGGER advice_tags_rule_delete AFTER DELETE ON advice_tag_rules BEGIN
  DELETE FROM advice_tag_stats WHERE account_id = OLD.account_id AND tag = OLD.tag;
  DELETE FROM advice_tagged_following WHERE account_id = OLD.account_id;
END;
CREATE TRIGGER advice_tags_rule_update AFTER UPDATE ON advice_tag_rules BEGIN
  DELETE FROM advice_tag_stats WHERE account_id IN (OLD.account_id, NEW.account_id) AND tag IN (OLD.tag, NEW.tag);
  DELETE FROM advice_tagged_following WHERE account_id IN (OLD.account_id, NEW.account_id);
END;
`;
