// 1. The bytes an export was imported from, by fingerprint (sha256 of the file as given: a bare JSON or
//    TXT file, or a ZIP). Re-importing the very same file is then recognized from its bytes in a fraction
//    of a second, without reading its records; the report of that first import (counts) is kept with it
//    so the re-import reports the same figures. One snapshot can have several (the ZIP and the JSON in it).
//    Deleting a snapshot deletes its rows here (deleteSnapshot clears every table referring to snapshots).
// 2. A trigram index of the usernames (FTS5, external content: handles), for substring search at a
//    million followers. It indexes handles up to handle_search_state.indexed_to; newer handles (an import
//    that has just committed) are searched by a plain scan until the index catches up (see
//    db/queries/handle-search.ts). Keeping it out of the import's transaction keeps the import fast.
//    Existing handles are indexed by the service after the upgrade, in small steps.
export const sql = /* sql */ `
CREATE TABLE snapshot_sources (
  fingerprint  TEXT PRIMARY KEY CHECK (length(fingerprint) = 64),
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  counts       TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX snapshot_sources_by_snapshot ON snapshot_sources (snapshot_id);

CREATE VIRTUAL TABLE handle_search USING fts5 (
  username, content = 'handles', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
);
CREATE TABLE handle_search_state (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  indexed_to  INTEGER NOT NULL
) STRICT;
INSERT INTO handle_search_state VALUES (1, 0);
-- A deleted handle (its last snapshot or its account deleted) leaves the index at once: nothing of a removed
-- account stays searchable. Handles above the mark were never indexed.
CREATE TRIGGER handles_leave_search AFTER DELETE ON handles
  WHEN old.id <= (SELECT indexed_to FROM handle_search_state)
BEGIN
  INSERT INTO handle_search (handle_search, rowid, username) VALUES ('delete', old.id, old.username);
END;
`;
