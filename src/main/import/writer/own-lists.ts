// Stores the user's own lists of a snapshot (Instagram's sent follow requests, recently unfollowed,
// close friends, restricted accounts): names and times only, one row per account and list.
import type { SectionReport } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { RELATION_KINDS, type RelationKind } from '../platforms/relations';

export interface OwnListEntry {
  list: RelationKind;
  username: string;
  at: number | null;
}

export function storeOwnLists(db: Db, snapshotId: number, entries: readonly OwnListEntry[]): void {
  if (entries.length === 0) return;
  const insert = db.prepare(
    'INSERT OR IGNORE INTO own_list_entries (snapshot_id, list, username, at) VALUES (?, ?, ?, ?)',
  );
  for (const e of entries) insert.run(snapshotId, e.list, e.username, e.at);
}

/**
 * The own lists as sections of the snapshot's report, each present, empty (a real "none") or absent (the
 * export did not carry it: unknown).
 */
export function ownListReports(records: ReadonlyMap<RelationKind, number>): SectionReport[] {
  return RELATION_KINDS.map((list) => {
    const found = records.get(list);
    const n = found ?? 0;
    return {
      section: list,
      records: n,
      present: n > 0,
      state: found === undefined ? 'absent' : n > 0 ? 'present' : 'empty',
    };
  });
}
