// Turns the collected people into handles and snapshot rows with as few, as cheap SQLite calls as we can:
// new names go in sorted by their NOCASE key (so the unique index only ever appends), in chunks passed
// as one JSON array each; list rows go in handle-id order through multi-row INSERTs.
import type { Db } from '../../db/open';
import type { PeopleIndex, PersonList } from './people';

/** Person indexes are packed below handle ids in one float64 sort key: both must stay exact. */
const INDEX_BITS = 2 ** 23;
const JSON_CHUNK = 10_000;
const ROWS_PER_INSERT = 128;

/** Handle id per person index: existing handles of the account are reused, the others are created. */
export function storeHandles(db: Db, accountId: number, people: PeopleIndex): Float64Array {
  const ids = new Float64Array(people.size);
  if (people.size === 0) return ids;
  const existing = db.prepare('SELECT id, username FROM handles WHERE account_id = ?').raw();
  for (const [id, username] of existing.iterate(accountId) as IterableIterator<[number, string]>) {
    const index = people.find(username);
    if (index !== undefined) ids[index] = id;
  }
  const missing: string[] = [];
  for (let i = 0; i < people.size; i++) if (ids[i] === 0) missing.push(people.keys[i]!);
  if (missing.length === 0) return ids;
  // NOCASE folds ASCII only; lower-case keys sort the same way for every name that matters for speed.
  missing.sort();
  const order = missing.map((key) => people.indexOfKey(key)!);
  const first = db.prepare('SELECT COALESCE(MAX(id), 0) + 1 FROM handles').pluck().get() as number;
  const insert = db.prepare(
    'INSERT INTO handles (id, account_id, username) SELECT ? + key, ?, value FROM json_each(?)',
  );
  for (let start = 0; start < order.length; start += JSON_CHUNK) {
    const names = order.slice(start, start + JSON_CHUNK).map((index) => people.names[index]!);
    insert.run(first + start, accountId, JSON.stringify(names));
  }
  for (let k = 0; k < order.length; k++) ids[order[k]!] = first + k;
  return ids;
}

/** Person indexes ordered by handle id, so that every list is written in primary-key order. */
export function orderByHandle(ids: Float64Array): Int32Array {
  if (ids.length > INDEX_BITS) throw new Error(`too many distinct accounts in one export (${ids.length})`);
  const packed = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) packed[i] = ids[i]! * INDEX_BITS + i;
  packed.sort();
  const order = new Int32Array(ids.length);
  for (let k = 0; k < packed.length; k++) order[k] = packed[k]! % INDEX_BITS;
  return order;
}

/** Writes one list (followers, following or blocked): one row per distinct person. Returns the row count. */
export function storeList(
  db: Db,
  table: 'snapshot_followers' | 'snapshot_following' | 'snapshot_blocked',
  snapshotId: number,
  list: PersonList,
  ids: Float64Array,
  order: Int32Array,
): number {
  if (list.length === 0) return 0;
  const { present, times } = list.collapse(ids.length);
  const rows = new RowWriter(db, `INSERT INTO ${table} VALUES `, `(${snapshotId},?,?)`, 2);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (present[i]) rows.add(ids[i]!, nullable(times[i]!));
  }
  return rows.finish();
}

/** Message counterparts: count summed and last time kept per person. */
export function storeMessages(
  db: Db,
  snapshotId: number,
  list: PersonList,
  ids: Float64Array,
  order: Int32Array,
): number {
  if (list.length === 0) return 0;
  const { present, times, amounts } = list.collapse(ids.length);
  const rows = new RowWriter(db, 'INSERT INTO snapshot_messages VALUES ', `(${snapshotId},?,?,?)`, 3);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (present[i]) rows.add(ids[i]!, amounts[i]!, nullable(times[i]!));
  }
  return rows.finish();
}

function nullable(at: number): number | null {
  return Number.isNaN(at) ? null : at;
}

/** Multi-row INSERT with a fixed row template; the last partial batch gets its own statement. */
class RowWriter {
  private readonly values: unknown[] = [];
  private readonly full;
  private count = 0;

  constructor(
    private readonly db: Db,
    private readonly head: string,
    private readonly row: string,
    private readonly width: number,
  ) {
    this.full = db.prepare(head + Array(ROWS_PER_INSERT).fill(row).join(','));
  }

  add(a: unknown, b: unknown, c?: unknown): void {
    this.values.push(a, b);
    if (this.width === 3) this.values.push(c);
    this.count++;
    if (this.values.length === ROWS_PER_INSERT * this.width) {
      this.full.run(this.values);
      this.values.length = 0;
    }
  }

  finish(): number {
    const rest = this.values.length / this.width;
    if (rest > 0) this.db.prepare(this.head + Array(rest).fill(this.row).join(',')).run(this.values);
    this.values.length = 0;
    return this.count;
  }
}
