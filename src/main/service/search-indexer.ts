// Keeps the username search index (db/queries/handle-search.ts) caught up with the handles, off the
// import's critical path: after an import (and at start, for a database that was upgraded or restored)
// it adds the new handles in small transactions on the service's connection, yielding between them so
// the pages' queries keep being answered (a step of 20k names takes ~80 ms; a million, ~4 s in all).
// Until it is done, searches scan the not-yet-indexed handles, so their answers are complete meanwhile.
import type { Db } from '../db/open';
import { indexNextHandles } from '../db/queries/handle-search';

const STEP_ROWS = 20_000;

export class SearchIndexer {
  private timer: NodeJS.Immediate | null = null;
  private closed = false;

  /** `paused`: true while an import runs, whose transaction would keep this one waiting (and the thread). */
  constructor(
    private readonly db: Db,
    private readonly paused: () => boolean,
  ) {}

  /** Starts catching up, unless it is already under way. */
  schedule(): void {
    if (this.closed || this.timer) return;
    this.timer = setImmediate(() => this.step());
  }

  /** Stops (before the connection closes); what is indexed stays, the rest is done at the next start. */
  close(): void {
    this.closed = true;
    if (this.timer) clearImmediate(this.timer);
    this.timer = null;
  }

  private step(): void {
    this.timer = null;
    if (this.closed || this.paused()) return; // the import's end schedules it again
    try {
      if (indexNextHandles(this.db, STEP_ROWS) > 0) this.schedule();
    } catch {
      // The database is busy (an import is committing) or gone: the next import or start tries again.
    }
  }
}
