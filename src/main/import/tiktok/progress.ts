import type { ExportSink } from '../sink';

/** Progress is reported at most once per this many bytes (plus once at the end). */
export const PROGRESS_STEP_BYTES = 1 << 20;

/** Counts bytes across the files of one import and reports them to the sink every ~1 MB. */
export class ProgressCounter {
  private bytes = 0;
  private reported = 0;
  constructor(private readonly sink: ExportSink) {}
  add(n: number): void {
    this.bytes += n;
    if (this.bytes - this.reported >= PROGRESS_STEP_BYTES) {
      this.reported = this.bytes;
      this.sink.progress(this.bytes);
    }
  }
  finish(): void {
    if (this.reported !== this.bytes) {
      this.reported = this.bytes;
      this.sink.progress(this.bytes);
    }
  }
  get total(): number {
    return this.bytes;
  }
}
