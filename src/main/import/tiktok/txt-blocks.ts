// The TXT layout: records are blocks of "Key: value" lines separated by blank lines. Damaged files hold
// junk lines; every line that is not part of a readable record is counted so the warning can say how many.
import type { ExportSink } from '../sink';
import { ObjectView, fieldKey } from '../json/record-view';
import { emitRecord, readProfile } from './emit';
import type { ListSectionKind } from './sections';
import { RecordTally } from './tally';

const KEY_LINE = /^([A-Za-z][A-Za-z0-9 _.'()/-]{0,39}?)\s*:\s*(.*)$/;
const NO_DATA = /^you have no data in this section\.?$/i;
/** Fields whose value may run over several lines (a caption, a comment): extra lines are not junk. */
const FREE_TEXT = new Set(['title', 'comment', 'biodescription', 'description', 'content', 'text']);
/** Fields a photo post continues with one URL per line, with no key (up to ~30 images). */
const URL_LISTS = new Set(['link', 'videolink', 'medialink', 'photolink', 'coverimage']);
const URL_LINE = /^https?:\/\/\S+$/i;

export interface BlockResult {
  records: number;
  unreadableLines: number;
  tally: RecordTally;
}

/** Reads the blocks of one list-section file and emits its records. */
export class TxtListBlocks {
  private fields = new Map<string, string>();
  private lines = 0;
  private lastKey: string | null = null;
  /** Blocks already read, by content: some real files repeat a whole list several times. */
  private readonly seen = new Set<string>();
  readonly tally = new RecordTally();
  unreadableLines = 0;

  constructor(
    private readonly kind: ListSectionKind | 'profile',
    private readonly sink: ExportSink,
  ) {}

  line(raw: string): void {
    const t = raw.trim();
    if (t === '') {
      if (this.kind !== 'profile') this.flush();
      return;
    }
    if (NO_DATA.test(t)) return;
    // Before the key test: "https://…" would read as a key "https".
    if (this.lastKey !== null && URL_LISTS.has(this.lastKey) && URL_LINE.test(t)) {
      this.lines++; // a photo post's further images; the first link is enough
      return;
    }
    const m = KEY_LINE.exec(t);
    if (m) {
      const key = fieldKey(m[1]!);
      if (this.fields.has(key) && this.kind !== 'profile') this.flush();
      if (!this.fields.has(key)) this.fields.set(key, m[2]!);
      this.lines++;
      this.lastKey = key;
      return;
    }
    if (this.lastKey !== null && FREE_TEXT.has(this.lastKey) && this.fields.size > 0) {
      this.lines++; // continuation of a multi-line caption/comment; its text is not needed
      return;
    }

    this.unreadableLines++;
  }

  overlong(): void {
    this.unreadableLines++;
  }

  finish(): BlockResult {
    this.flush();
    return { records: this.tally.read, unreadableLines: this.unreadableLines, tally: this.tally };
  }

  private flush(): void {
    if (this.fields.size === 0) return;
    const view = ObjectView.fromMap(this.fields);
    if (this.kind === 'profile') {
      const profile = readProfile(view);
      if (profile) {
        this.sink.profile(profile);
        this.tally.read++;
      } else this.unreadableLines += this.lines;
    } else if (this.isRepeat()) {
      this.tally.repeats++;
    } else {
      const unreadableBefore = this.tally.unreadable;
      emitRecord(this.kind, view, this.sink, this.tally);
      if (this.tally.unreadable > unreadableBefore) this.unreadableLines += this.lines;
    }
    this.fields = new Map();
    this.lines = 0;
    this.lastKey = null;
  }

  /** Has a block with exactly these fields been read before in this file? */
  private isRepeat(): boolean {
    let key = '';
    for (const [k, v] of this.fields) key += `${k}\u0000${v}\u0001`;
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    return false;
  }
}
