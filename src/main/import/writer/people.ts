// Followers, following, blocked accounts and message counterparts, collected while the export streams.
//
// Each username read gets a slot number; lists hold only integers in typed arrays. At the end one sort
// by the comparison key (the lower-case name: usernames compare case-insensitively, like the database's
// COLLATE NOCASE) finds the distinct people and their order; names become handle ids in one bulk insert
// in that order, and each list is written in handle-id order (appending to its primary key). Sorting and
// de-duplicating in JS is several times faster than doing the same in SQL on text keys.
import { sortKeys, type ByteKeys } from './sort-keys';

type Numbers = Float64Array | Int32Array;

/** Grows like an array, stores like a typed array (no boxing): 8-byte numbers, or 4-byte integers. */
export class NumberColumn {
  private data: Numbers;
  length = 0;

  constructor(private readonly make: (size: number) => Numbers = (size) => new Float64Array(size)) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  /** Frees the numbers: get() stops working, length stays. */
  release(): void {
    this.data = this.make(0);
  }
}

/** Grows a byte array (by half, not double: at a million followers the names take tens of MB). */
function grown<T extends Uint8Array | Int32Array | Uint16Array>(
  array: T,
  needed: number,
  make: (n: number) => T,
): T {
  if (needed <= array.length) return array;
  const bigger = make(Math.max(needed, Math.ceil(array.length * 1.5)));
  bigger.set(array);
  return bigger;
}

/**
 * Every username as read, one slot per record (the same name read twice has two slots), kept as UTF-8
 * bytes in one byte array rather than as strings: at a million followers two million strings (and their
 * lower-case keys) took about 200 MB of heap and most of the read's garbage-collection time; as bytes
 * they take about 50 MB, and the strings the reader made die young. Each slot also has a comparison key:
 * the lower-case name (usernames compare case-insensitively, like the database's COLLATE NOCASE), stored
 * only when it differs from the name. Telling which slots are the same person waits for the end of the
 * read: one sort of the keys then finds them next to each other, and that sort is needed anyway to create
 * handles in index order.
 */
export class NameSlots {
  private bytes: Buffer = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  private nameStart = new Int32Array(1024);
  private nameLength = new Uint16Array(1024);
  private keyStart = new Int32Array(1024);
  private keyLength = new Uint16Array(1024);
  private count = 0;

  add(username: string): number {
    const slot = this.count++;
    if (slot === this.nameStart.length) {
      const n = slot + 1;
      this.nameStart = grown(this.nameStart, n, (k) => new Int32Array(k));
      this.nameLength = grown(this.nameLength, n, (k) => new Uint16Array(k));
      this.keyStart = grown(this.keyStart, n, (k) => new Int32Array(k));
      this.keyLength = grown(this.keyLength, n, (k) => new Uint16Array(k));
    }
    // UTF-8 takes at most 3 bytes per UTF-16 code unit; a lower-case key at most 3 units per unit.
    const room = 12 * username.length;
    if (this.used + room > this.bytes.length) {
      this.bytes = grown(this.bytes, this.used + room, (k) => Buffer.allocUnsafe(k));
    }
    const bytes = this.bytes;
    const start = this.used;
    let at = start;
    let upper = false;
    let ascii = true;
    for (let i = 0; i < username.length; i++) {
      const c = username.charCodeAt(i);
      if (c > 127) {
        ascii = false;
        break;
      }
      if (c >= 65 && c <= 90) upper = true;
      bytes[at++] = c;
    }
    if (!ascii) at = start + bytes.write(username, start, 'utf8');
    this.nameStart[slot] = start;
    this.nameLength[slot] = at - start;
    if (ascii && !upper) {
      // Lower case already (most names): the name is its own key.
      this.keyStart[slot] = start;
      this.keyLength[slot] = at - start;
    } else if (ascii) {
      const keyAt = at;
      for (let p = start; p < keyAt; p++) {
        const b = bytes[p]!;
        bytes[at++] = b >= 65 && b <= 90 ? b + 32 : b;
      }
      this.keyStart[slot] = keyAt;
      this.keyLength[slot] = at - keyAt;
    } else {
      const keyAt = at;
      at += bytes.write(username.toLowerCase(), at, 'utf8');
      this.keyStart[slot] = keyAt;
      this.keyLength[slot] = at - keyAt;
    }
    this.used = at;
    return slot;
  }

  /** The distinct people, numbered in key order. Call once, at the end of the read. */
  resolve(): People {
    const slots = this.count;
    const same = new Uint8Array(slots);
    const keys: ByteKeys = { bytes: this.bytes, start: this.keyStart, length: this.keyLength, count: slots };
    const sorted = sortKeys(keys, same);
    const personOfSlot = new Int32Array(slots);
    const firstSlot = new Int32Array(slots);
    let people = 0;
    for (let k = 0; k < slots; k++) {
      const slot = sorted[k]!;
      if (!same[k]) firstSlot[people++] = slot; // the lowest slot of equal keys: the name as first seen
      personOfSlot[slot] = people - 1;
    }
    const names: ByteKeys = {
      bytes: this.bytes,
      start: this.nameStart,
      length: this.nameLength,
      count: slots,
    };
    const resolved = new People(names, keys, personOfSlot, firstSlot.slice(0, people));
    // The bytes are the People's now (and go when it releases them).
    this.bytes = Buffer.alloc(0);
    this.nameStart = new Int32Array(0);
    this.nameLength = new Uint16Array(0);
    this.keyStart = new Int32Array(0);
    this.keyLength = new Uint16Array(0);
    this.count = 0;
    this.used = 0;
    return resolved;
  }
}

/** FNV-1a over bytes. */
function hashBytes(bytes: Uint8Array, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let p = start; p < start + length; p++) h = Math.imul(h ^ bytes[p]!, 0x01000193);
  return h >>> 0;
}

function sameBytes(a: Uint8Array, as: number, b: Uint8Array, bs: number, length: number): boolean {
  for (let p = 0; p < length; p++) if (a[as + p] !== b[bs + p]) return false;
  return true;
}

/** Distinct people, numbered 0… in key order (byte order of the lower-case name's UTF-8). */
export class People {
  constructor(
    private names: ByteKeys,
    private keys: ByteKeys,
    /** Person number of each slot (emptied by release()). */
    public personOfSlot: Int32Array,
    /** A slot of each person (the first one read). */
    private readonly slotOfPerson: Int32Array,
  ) {}

  get size(): number {
    return this.slotOfPerson.length;
  }

  /** The username as first seen. */
  name(person: number): string {
    const slot = this.slotOfPerson[person]!;
    const { bytes, start, length } = this.names;
    return (bytes as Buffer).toString('utf8', start[slot]!, start[slot]! + length[slot]!);
  }

  /**
   * The usernames of `persons[from … to)` as one JSON array, in UTF-8 bytes, written straight from the
   * stored bytes (a name with a quote, a backslash or a control character goes through JSON.stringify).
   */
  namesJson(persons: Int32Array, from: number, to: number): Buffer {
    const { bytes, start, length } = this.names;
    let size = 2;
    for (let k = from; k < to; k++) size += 3 + 6 * length[this.slotOfPerson[persons[k]!]!]!;
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    out[at++] = 0x5b;
    for (let k = from; k < to; k++) {
      const slot = this.slotOfPerson[persons[k]!]!;
      const s = start[slot]!;
      const e = s + length[slot]!;
      if (k > from) out[at++] = 0x2c;
      let plain = true;
      for (let p = s; p < e; p++) {
        const b = bytes[p]!;
        if (b < 0x20 || b === 0x22 || b === 0x5c) {
          plain = false;
          break;
        }
      }
      if (plain) {
        // Byte by byte: names are short, and a subarray per name cost more than the copy.
        out[at++] = 0x22;
        for (let p = s; p < e; p++) out[at++] = bytes[p]!;
        out[at++] = 0x22;
      } else {
        at += out.write(JSON.stringify(this.name(persons[k]!)), at, 'utf8');
      }
    }
    out[at++] = 0x5d;
    return out.subarray(0, at);
  }

  /** The person with this name (compared case-insensitively), or undefined. */
  find(username: string): number | undefined {
    const key = Buffer.from(username.toLowerCase(), 'utf8');
    const table = (this.table ??= this.buildTable());
    const mask = table.length - 1;
    const { bytes, start, length } = this.keys;
    for (let at = hashBytes(key, 0, key.length) & mask; ; at = (at + 1) & mask) {
      const entry = table[at]!;
      if (entry === 0) return undefined;
      const slot = this.slotOfPerson[entry - 1]!;
      if (length[slot] === key.length && sameBytes(bytes, start[slot]!, key, 0, key.length)) return entry - 1;
    }
  }

  /**
   * An open-addressing hash table of person + 1 by key hash, built on the first find(): re-importing an
   * account looks up each of its existing handles (two million at 1M followers): 2 s, where a binary
   * search over the sorted keys took 7.7 s (random string reads); 16 MB, less than a Map of the names.
   */
  private table: Int32Array | null = null;

  private buildTable(): Int32Array {
    const table = new Int32Array(2 ** Math.ceil(Math.log2(2 * this.size + 2)));
    const mask = table.length - 1;
    const { bytes, start, length } = this.keys;
    for (let person = 0; person < this.size; person++) {
      const slot = this.slotOfPerson[person]!;
      let at = hashBytes(bytes, start[slot]!, length[slot]!) & mask;
      while (table[at] !== 0) at = (at + 1) & mask;
      table[at] = person + 1;
    }
    return table;
  }

  /**
   * Forgets every name (name() and find() stop working): once the names are handles, the memory they take
   * at a million followers is better left to the writing that follows (SQLite's page cache and sorter).
   */
  release(): void {
    const none: ByteKeys = {
      bytes: new Uint8Array(0),
      start: new Int32Array(0),
      length: new Uint16Array(0),
      count: 0,
    };
    this.names = none;
    this.keys = none;
    this.table = null;
    this.personOfSlot = new Int32Array(0);
  }
}

/** A list with one entry per distinct person, read by person index. */
export interface CollapsedList {
  /** present[i] is 1 when person i is in the list. */
  present: Uint8Array;
  /** The newest time seen for person i (epoch ms), NaN when none is known. */
  time(i: number): number;
  /** Summed amounts of person i; 0 unless the list was made `withAmounts`. */
  amount(i: number): number;
}

/**
 * A list holding fewer than one record in this many people keeps its times and amounts in maps rather
 * than in arrays the size of everyone: at a million followers a handful of blocked accounts and message
 * counterparts otherwise took 45 MB of arrays, alive while SQLite's page cache fills.
 */
const SPARSE_RATIO = 16;

/** One list of people (e.g. followers): name slot and time per record, in export order. */
export class PersonList {
  readonly slots = new NumberColumn((size) => new Int32Array(size));
  /** Epoch ms, NaN when unknown. */
  readonly times = new NumberColumn();
  /** Extra number per record (message count), only for a list made `withAmounts`. */
  readonly amounts = new NumberColumn();

  constructor(private readonly withAmounts = false) {}

  add(slot: number, at: number | null, amount = 0): void {
    this.slots.push(slot);
    this.times.push(at ?? NaN);
    if (this.withAmounts) this.amounts.push(amount);
  }

  get length(): number {
    return this.slots.length;
  }

  /** One entry per distinct person: the newest time and the summed amounts. */
  collapse(people: People): CollapsedList {
    // An empty list needs no arrays the size of everyone.
    const peopleCount = this.length === 0 ? 0 : people.size;
    return this.length * SPARSE_RATIO < peopleCount
      ? this.collapseSparse(people, peopleCount)
      : this.collapseDense(people, peopleCount);
  }

  private collapseDense(people: People, peopleCount: number): CollapsedList {
    const personOfSlot = people.personOfSlot;
    const present = new Uint8Array(peopleCount);
    const times = new Float64Array(peopleCount).fill(NaN);
    const amounts = new Float64Array(this.withAmounts ? peopleCount : 0);
    for (let r = 0; r < this.length; r++) {
      const i = personOfSlot[this.slots.get(r)]!;
      const at = this.times.get(r);
      const before = times[i]!;
      present[i] = 1;
      if (Number.isNaN(before) || at > before) times[i] = at;
      if (this.withAmounts) amounts[i] = amounts[i]! + this.amounts.get(r);
    }
    const withAmounts = this.withAmounts;
    return { present, time: (i) => times[i]!, amount: (i) => (withAmounts ? amounts[i]! : 0) };
  }

  private collapseSparse(people: People, peopleCount: number): CollapsedList {
    const personOfSlot = people.personOfSlot;
    const present = new Uint8Array(peopleCount);
    const times = new Map<number, number>();
    const amounts = new Map<number, number>();
    for (let r = 0; r < this.length; r++) {
      const i = personOfSlot[this.slots.get(r)]!;
      const at = this.times.get(r);
      const before = times.get(i);
      present[i] = 1;
      if (before === undefined || Number.isNaN(before) || at > before) times.set(i, at);
      if (this.withAmounts) amounts.set(i, (amounts.get(i) ?? 0) + this.amounts.get(r));
    }
    return { present, time: (i) => times.get(i) ?? NaN, amount: (i) => amounts.get(i) ?? 0 };
  }

  /** Frees the records once collapsed (collapse() stops working; length stays). */
  release(): void {
    this.slots.release();
    this.times.release();
    this.amounts.release();
  }
}
