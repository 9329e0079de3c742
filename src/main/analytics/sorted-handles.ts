// Who is in one snapshot's list and not in the other's. Both lists are read as sorted handle ids (one
// JSON array each, along the primary key) and merged in JS: for two 1M-follower snapshots that takes
// 0.4 s, where NOT EXISTS probes in SQL took 2.7 s (one B-tree search per row, both ways).
import type { Db } from '../db/open';

export type PeopleTable = 'snapshot_followers' | 'snapshot_following';

/** The handle ids of a snapshot's list, ascending. */
export function sortedHandleIds(db: Db, table: PeopleTable, snapshotId: number): number[] {
  const json = db
    .prepare(
      `SELECT json_group_array(handle_id) FROM (
         SELECT handle_id FROM ${table} WHERE snapshot_id = ? ORDER BY handle_id)`,
    )
    .pluck()
    .get(snapshotId) as string;
  return JSON.parse(json) as number[];
}

/** Ids only in `a` and only in `b`; both inputs ascending without repeats. */
export function diffSorted(a: readonly number[], b: readonly number[]): { onlyA: number[]; onlyB: number[] } {
  const onlyA: number[] = [];
  const onlyB: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) {
      onlyA.push(x);
      i++;
    } else if (y < x) {
      onlyB.push(y);
      j++;
    } else {
      i++;
      j++;
    }
  }
  while (i < a.length) onlyA.push(a[i++]!);
  while (j < b.length) onlyB.push(b[j++]!);
  return { onlyA, onlyB };
}

/**
 * sortedHandleIds that remembers the last list it read per table: recomputing snapshots in time order
 * then reads each list once, as one snapshot's own and again as the next one's previous.
 */
export class SortedHandleIdsReader {
  private readonly last = new Map<PeopleTable, { snapshotId: number; ids: number[] }>();

  constructor(private readonly db: Db) {}

  read(table: PeopleTable, snapshotId: number): number[] {
    const last = this.last.get(table);
    if (last?.snapshotId === snapshotId) return last.ids;
    const ids = sortedHandleIds(this.db, table, snapshotId);
    this.last.set(table, { snapshotId, ids });
    return ids;
  }
}
