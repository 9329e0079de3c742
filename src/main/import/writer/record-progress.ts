// The reader's progress as the snapshot writer counts it: records stored so far and bytes read, passed
// to onRecords every few thousand records and at every progress() of the reader (callers throttle);
// also where a stop asked from outside the reader (see known-source.ts) ends the read, at the next record.

/** How often (in records) onRecords is called. */
const REPORT_EVERY = 4096;

export class RecordProgress {
  records = 0;
  bytes = 0;
  private stopError: Error | null = null;

  constructor(private readonly onRecords?: (records: number, bytesRead: number) => void) {}

  /** One more record (throws the stop error, if one was asked for). */
  counted(): void {
    if (this.stopError) throw this.stopError;
    if (++this.records % REPORT_EVERY === 0) this.onRecords?.(this.records, this.bytes);
  }

  /** The reader consumed `bytesRead` bytes of input so far. */
  read(bytesRead: number): void {
    this.bytes = bytesRead;
    this.onRecords?.(this.records, bytesRead);
  }

  /** Makes the next record throw `error`. */
  stop(error: Error): void {
    this.stopError = error;
  }
}
