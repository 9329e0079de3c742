// The TXT layout: records are blocks of "Key: value" lines separated by blank lines. Damaged files hold
// junk lines; every line that is not part of a readable record is counted so the warning can say how many.
import type { ExportSink } from '../sink';
import { ObjectView, fieldKey } from '../json/record-view';
import { emitRecord, readProfile } from './emit';
import type { ListSectionKind } from './sections';

const KEY_LINE = /^([A-Za-z][A-Za-z0-9 _.'()/-]{0,39}?)\s*:\s*(.*)$/;
const NO_DATA = /^you have no data in this section\.?$/i;
/** Fields whose value may run over several lines (a caption, a comment): extra lines are not junk. */
const FREE_TEXT = new Set(['title', 'comment', 'biodescription', 'description', 'content', 'text']);

export interface BlockResult {
  records: number;
  unreadableLines: number;
}

/** Reads the blocks of one list-section file and emits its records. */
export class TxtListBlocks {
  private fields = new Map<string, string>();
  private lines = 0;
  private lastKey: string | null = null;
  records = 0;
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
    return { records: this.records, unreadableLines: this.unreadableLines };
  }

  private flush(): void {
    if (this.fields.size === 0) return;
    const view = ObjectView.fromMap(this.fields);
    let ok: boolean;
    if (this.kind === 'profile') {
      const profile = readProfile(view);
      if (profile) this.sink.profile(profile);
      ok = profile !== null;
    } else {
      ok = emitRecord(this.kind, view, this.sink);
    }
    if (ok) this.records++;
    else this.unreadableLines += this.lines;
    this.fields = new Map();
    this.lines = 0;
    this.lastKey = null;
  }
}
