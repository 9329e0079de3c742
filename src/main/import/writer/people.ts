// Followers, following, blocked accounts and message counterparts, collected while the export streams.
//
// Each distinct username (compared case-insensitively, like the database's COLLATE NOCASE) gets a small
// integer index once; lists then hold only integers in typed arrays. At the end, names become handle ids
// in one sorted bulk insert, and each list is written in handle-id order (appending to its primary key).
// Sorting and de-duplicating in JS is several times faster than doing the same in SQL on text keys.

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

export class PeopleIndex {
  private readonly indexByKey = new Map<string, number>();
  /** The username as first seen (its case is kept), by index. */
  readonly names: string[] = [];
  /** The comparison key (lower case), by index. */
  readonly keys: string[] = [];

  indexOf(username: string): number {
    // Most names are lower case already: then the name is its own key (no copy: 2M names at 1M followers).
    const key = needsLowerCase(username) ? username.toLowerCase() : username;
    let index = this.indexByKey.get(key);
    if (index === undefined) {
      index = this.names.length;
      this.indexByKey.set(key, index);
      this.names.push(username);
      this.keys.push(key);
    }
    return index;
  }

  /** Index of a stored name, or undefined when the export does not mention it. */
  find(username: string): number | undefined {
    return this.indexByKey.get(needsLowerCase(username) ? username.toLowerCase() : username);
  }

  get size(): number {
    return this.names.length;
  }

  /**
   * Forgets every name (the index is empty afterwards): once the names are handles, the heap they take
   * at a million followers is better left to the writing that follows (SQLite's page cache and sorter).
   */
  release(): void {
    this.indexByKey.clear();
    this.names.length = 0;
    this.keys.length = 0;
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

/** One list of people (e.g. followers): person index and time per record, in export order. */
export class PersonList {
  readonly people = new NumberColumn();
  /** Epoch ms, NaN when unknown. */
  readonly times = new NumberColumn();
  /** Extra number per record (message count), only for a list made `withAmounts`. */
  readonly amounts = new NumberColumn();

  constructor(private readonly withAmounts = false) {}

  add(person: number, at: number | null, amount = 0): void {
    this.people.push(person);
    this.times.push(at ?? NaN);
    if (this.withAmounts) this.amounts.push(amount);
  }

  get length(): number {
    return this.people.length;
  }

  /** One entry per distinct person: the newest time and the summed amounts. */
  collapse(peopleCount: number): CollapsedList {
    if (this.length === 0) peopleCount = 0; // nothing to index: no arrays the size of everyone
    const present = new Uint8Array(peopleCount);
    const times = new Float64Array(peopleCount).fill(NaN);
    const amounts = new Float64Array(this.withAmounts ? peopleCount : 0);
    for (let r = 0; r < this.length; r++) {
      const i = this.people.get(r);
      const at = this.times.get(r);
      const before = times[i]!;
      present[i] = 1;
      if (Number.isNaN(before) || at > before) times[i] = at;
      if (this.withAmounts) amounts[i] = amounts[i]! + this.amounts.get(r);
    }
    return { present, times, amounts };
  }
}
