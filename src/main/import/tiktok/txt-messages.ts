// Direct messages in the TXT layout (best effort: few samples are public). The counterpart is named by a
// "Chat History with <name>:" line, a "Chat With: <name>" line in each message block, or the file name;
// each message is a block with a Date (or a line starting with a date). Only counts and the last date are
// kept; message text is never read into anything that outlives the line.
import type { ExportSink } from '../sink';
import { parseExportDate } from '../dates';
import { chatCounterpart } from './sections';

const THREAD_LINE = /^(?:>+\s*)?chat\s*history\s*with\s+.+$/i;
const CHAT_WITH = /^chat\s*with\s*:\s*(.+)$/i;
const DATE_KEY = /^date\s*:\s*(.+)$/i;
const DATE_START = /^(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?)/;

interface Thread {
  count: number;
  lastAt: number | null;
}

export class TxtMessageThreads {
  private readonly threads = new Map<string, Thread>();
  private current: string | null = null;

  constructor(
    private readonly sink: ExportSink,
    fileStem: string,
  ) {
    if (/^chat\s*history\s*with/i.test(fileStem)) this.current = chatCounterpart(fileStem);
  }

  line(raw: string): void {
    const t = raw.trim();
    if (t === '') return;
    if (THREAD_LINE.test(t)) {
      this.current = chatCounterpart(t);
      return;
    }
    const withLine = CHAT_WITH.exec(t);
    if (withLine) {
      this.current = withLine[1]!.trim() || null;
      return;
    }
    if (!this.current) return;
    const m = DATE_KEY.exec(t) ?? DATE_START.exec(t);
    if (!m) return;
    const at = parseExportDate(m[1]!);
    let thread = this.threads.get(this.current);
    if (!thread) {
      thread = { count: 0, lastAt: null };
      this.threads.set(this.current, thread);
    }
    thread.count++;
    if (at !== null && (thread.lastAt === null || at > thread.lastAt)) thread.lastAt = at;
  }

  /** Emits one record per counterpart; returns how many. */
  finish(): number {
    for (const [username, t] of this.threads)
      this.sink.messageThread({ username, count: t.count, lastAt: t.lastAt });
    return this.threads.size;
  }
}
