// Followers, following, blocked accounts and message counterparts, collected while the export streams.
//
// Each username read gets a slot number; lists hold only integers in typed arrays. At the end one sort
// by the comparison key (the lower-case name: usernames compare case-insensitively, like the database's
// COLLATE NOCASE) finds the distinct people and their order; names become handle ids in one bulk insert
// in that order, and each list is written in handle-id order (appending to its primary key). Sorting and
// de-duplicating in JS is several times faster than doing the same in SQL on text keys.
import { sortIndexesByKey } from './sort-keys';

/** Grows like an array, stores like a typed array (8 bytes per number, no boxing). */
export class NumberColumn {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }
}

/** True when toLowerCase() could change the string: ASCII upper case or anything beyond ASCII. */
function needsLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** The lower-case name; most names are lower case already, and then are their own key (no copy). */
function comparisonKey(username: string): string {
  return needsLowerCase(username) ? username.toLowerCase() : username;
}

/**
 * Every username as read, one slot per record (the same name read twice has two slots). Telling which
 * slots are the same person waits for the end of the read: one sort by the comparison key then finds
 * them next to each other, and that sort is needed anyway to create handles in index order. A Map from
 * name to person while reading cost as much again (two million hash inserts at 1M followers).
 */
export class NameSlots {
  /** The username as read (its case is kept), by slot. */
  private names: string[] = [];
  /** The comparison key (lower case), by slot; the name itself when it is lower case already. */
  private keys: string[] = [];

  add(username: string): number {
    this.names.push(username);
    this.keys.push(comparisonKey(username));
    return this.names.length - 1;
  }

  /** The distinct people, numbered in key order. Call once, at the end of the read. */
  resolve(): People {
    const slots = this.names.length;
    const same = new Uint8Array(slots);
    const sorted = sortIndexesByKey(this.keys, indexRange(slots), same);
    const personOfSlot = new Int32Array(slots);
    const firstSlot = new Int32Array(slots);
    let people = 0;
    for (let k = 0; k < slots; k++) {
      const slot = sorted[k]!;
      if (!same[k]) firstSlot[people++] = slot; // the lowest slot of equal keys: the name as first seen
      personOfSlot[slot] = people - 1;
    }
    const resolved = new People(this.names, this.keys, personOfSlot, firstSlot.slice(0, people));
    this.names = []; // the names are the People's now (and go when it releases them)
    this.keys = [];
    return resolved;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function indexRange(n: number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all;
}

/** Distinct people, numbered 0… in key order (code-unit order of the lower-case name). */
export class People {
  constructor(
    private names: readonly string[],
    private keys: readonly string[],
    /** Person number of each slot. */
    readonly personOfSlot: Int32Array,
    /** A slot of each person (the first one read). */
    private readonly slotOfPerson: Int32Array,
  ) {}

  get size(): number {
    return this.slotOfPerson.length;
  }

  /** The username as first seen. */
  name(person: number): string {
    return this.names[this.slotOfPerson[person]!]!;
  }

  /** The person with this name (compared case-insensitively), or undefined. */
  find(username: string): number | undefined {
    const key = comparisonKey(username);
    const table = (this.table ??= this.buildTable());
    const mask = table.length - 1;
    for (let at = hashKey(key) & mask; ; at = (at + 1) & mask) {
      const entry = table[at]!;
      if (entry === 0) return undefined;
      if (this.keys[this.slotOfPerson[entry - 1]!] === key) return entry - 1;
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
    for (let person = 0; person < this.size; person++) {
      let at = hashKey(this.keys[this.slotOfPerson[person]!]!) & mask;
      while (table[at] !== 0) at = (at + 1) & mask;
      table[at] = person + 1;
    }
    return table;
  }

  /**
   * Forgets every name (name() and find() stop working): once the names are handles, the heap they take
   * at a million followers is better left to the writing that follows (SQLite's page cache and sorter).
   */
  release(): void {
    this.names = [];
    this.keys = [];
    this.table = null;
  }
}

/** A list with one entry per distinct person, in arrays indexed by person index. */
export interface CollapsedList {
  /** present[i] is 1 when person i is in the list. */
  present: Uint8Array;
  /** The newest time seen for the person (epoch ms), NaN when none is known. */
  times: Float64Array;
  /** Summed amounts; empty unless the list was made `withAmounts`. */
  amounts: Float64Array;
}

/** One list of people (e.g. followers): name slot and time per record, in export order. */
export class PersonList {
  readonly slots = new NumberColumn();
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
    return { present, times, amounts };
  }
}
