// Turns the collected people into handles and snapshot rows with as few, as cheap SQLite calls as we can:
// new names go in sorted by their NOCASE key (so the unique index only ever appends), in chunks passed
// as one JSON array each; list rows go in handle-id order, in chunks passed as one JSON object each.
import type { Db } from '../../db/open';
import { firstFreeHandleId } from '../../db/queries/handle-search';
import { numberText } from './number-text';
import type { CollapsedList, People } from './people';

/** Person indexes are packed below handle ids in one float64 sort key: both must stay exact. */
const INDEX_BITS = 2 ** 23;
/** Rows (names, list entries) per JSON chunk handed to json_each. */
export const CHUNK_ROWS = 10_000;
/**
 * New handles from one chunk: ids from the first parameter on, the account, the names as a JSON array in
 * UTF-8 bytes (bound as a blob: cast to text, json_each reads it as JSON text).
 */
export const INSERT_NEW_HANDLES =
  'INSERT INTO handles (id, account_id, username) SELECT ? + key, ?, value FROM json_each(CAST(? AS TEXT))';

/** One chunk of a list's rows, a JSON object of handle id → follow (or block) time. */
export function listRowsSql(
  table: 'snapshot_followers' | 'snapshot_following' | 'snapshot_blocked',
  snapshotId: number,
): string {
  return `INSERT INTO ${table} -- (snapshot_id, handle_id, followed_at | blocked_at)
     SELECT ${snapshotId}, CAST(key AS INTEGER), value FROM json_each(?)`;
}
/** Existing handles read per query on a re-import. */
const HANDLE_PAGE = 200_000;

/** Handle ids by person index, and person indexes in handle-id order (the order every list is written in). */
export interface StoredHandles {
  ids: Float64Array;
  order: Int32Array;
}

/** Handle id per person: existing handles of the account are reused, the others are created. */
export function storeHandles(db: Db, accountId: number, people: People): StoredHandles {
  const ids = new Float64Array(people.size);
  if (people.size > INDEX_BITS) throw new Error(`too many distinct accounts in one export (${people.size})`);
  if (people.size === 0) return { ids, order: new Int32Array(0) };
  let found = 0;
  for (const chunk of existingHandles(db, accountId)) {
    for (let k = 0; k < chunk.ids.length; k++) {
      const person = people.find(chunk.names[k]!);
      if (person !== undefined && ids[person] === 0) {
        ids[person] = chunk.ids[k]!;
        found++;
      }
    }
  }
  // People are numbered in key order: the missing ones, taken in that order, are sorted already.
  const missing = new Int32Array(people.size - found);
  const known = new Int32Array(found);
  for (let i = 0, m = 0, k = 0; i < people.size; i++) {
    if (ids[i] === 0) missing[m++] = i;
    else known[k++] = i;
  }
  // New handles get ids above every existing one, so the order is: known ones by id, then the new ones.
  const order = new Int32Array(people.size);
  order.set(orderByHandle(ids, known));
  order.set(missing, known.length);
  if (missing.length === 0) return { ids, order };
  // NOCASE folds ASCII only; lower-case keys sort the same way for every name that matters for speed.
  const first = firstFreeHandleId(db);
  const insert = db.prepare(INSERT_NEW_HANDLES);
  for (let start = 0; start < missing.length; start += CHUNK_ROWS) {
    const end = Math.min(missing.length, start + CHUNK_ROWS);
    insert.run(first + start, accountId, people.namesJson(missing, start, end));
  }
  for (let k = 0; k < missing.length; k++) ids[missing[k]!] = first + k;
  return { ids, order };
}

/**
 * The account's handles, in chunks (keyset pages along its (account_id, username) index). Each chunk
 * comes as two JSON arrays: parsed in one call, they are read about 2.5x faster than the same rows
 * iterated through the driver (0.8 s against 2.2 s for 1.65M handles).
 */
export function* existingHandles(
  db: Db,
  accountId: number,
  pageSize = HANDLE_PAGE,
): Generator<{ ids: number[]; names: string[] }> {
  const select = (where: string) =>
    db
      .prepare(
        `SELECT json_group_array(id), json_group_array(username) FROM (
           SELECT id, username FROM handles WHERE account_id = @account ${where} ORDER BY username LIMIT @limit)`,
      )
      .raw();
  const first = select('');
  const next = select('AND username > @after');
  let after: string | null = null;
  for (;;) {
    const params = { account: accountId, limit: pageSize, ...(after === null ? {} : { after }) };
    const [idsJson, namesJson] = (after === null ? first : next).get(params) as [string, string];
    const chunk = { ids: JSON.parse(idsJson) as number[], names: JSON.parse(namesJson) as string[] };
    if (chunk.ids.length > 0) yield chunk;
    if (chunk.ids.length < pageSize) return;
    after = chunk.names[chunk.names.length - 1]!;
  }
}

/** The given person indexes ordered by their handle id. */
function orderByHandle(ids: Float64Array, indexes: Int32Array): Int32Array {
  const packed = new Float64Array(indexes.length);
  for (let k = 0; k < indexes.length; k++) packed[k] = ids[indexes[k]!]! * INDEX_BITS + indexes[k]!;
  packed.sort();
  const order = new Int32Array(indexes.length);
  for (let k = 0; k < packed.length; k++) order[k] = packed[k]! % INDEX_BITS;
  return order;
}

/** Writes one list (followers, following or blocked): one row per distinct person. Returns the row count. */
export function storeList(
  db: Db,
  table: 'snapshot_followers' | 'snapshot_following' | 'snapshot_blocked',
  snapshotId: number,
  list: CollapsedList,
  ids: Float64Array,
  order: Int32Array,
): number {
  const rows = new ObjectChunks(db, listRowsSql(table, snapshotId));
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (list.present[i]) rows.add(ids[i]!, jsonTime(list.time(i)));
  }
  return rows.finish();
}

/** Message counterparts: count summed and last time kept per person. */
export function storeMessages(
  db: Db,
  snapshotId: number,
  messages: CollapsedList,
  ids: Float64Array,
  order: Int32Array,
): number {
  const rows = new ObjectChunks(
    db,
    `INSERT INTO snapshot_messages (snapshot_id, handle_id, message_count, last_at)
     SELECT ${snapshotId}, CAST(key AS INTEGER), value ->> 0, value ->> 1 FROM json_each(?)`,
  );
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (messages.present[i]) rows.add(ids[i]!, `[${messages.amount(i)},${jsonTime(messages.time(i))}]`);
  }
  return rows.finish();
}

/** An epoch-ms time as JSON: NaN (unknown) is null. */
function jsonTime(at: number): string {
  return Number.isNaN(at) ? 'null' : numberText(at);
}

/**
 * Rows keyed by handle id, sent as one JSON object per chunk (`{"<handle id>": <value>, …}`) to an
 * INSERT … SELECT over json_each. With the follow-date index on the table, this is twice as fast as
 * multi-row VALUES with bound parameters (measured: 3.6 s against 9.6 s for a million rows), because
 * SQLite parses the chunk in C and inserts each row with its plain single-row path.
 */
class ObjectChunks {
  private readonly insert;
  private text = '';
  private inChunk = 0;
  private count = 0;

  constructor(db: Db, sql: string) {
    this.insert = db.prepare(sql);
  }

  /** `value` is already JSON. */
  add(handleId: number, value: string): void {
    this.text += `${this.inChunk === 0 ? '{"' : ',"'}${handleId}":${value}`;
    this.count++;
    if (++this.inChunk === CHUNK_ROWS) this.flush();
  }

  finish(): number {
    this.flush();
    return this.count;
  }

  private flush(): void {
    if (this.inChunk === 0) return;
    this.insert.run(`${this.text}}`);
    this.text = '';
    this.inChunk = 0;
  }
}
