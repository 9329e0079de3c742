// What every handler gets: the open database and the ways to talk back to the client.
import type { BridgeEvent } from '../../shared/bridge';
import type { Db } from '../db/open';

export interface ServiceContext {
  db: Db;
  dbPath: string;
  /** Where bundled resources live (the demo dataset). */
  resourcesDir: string;
  host: 'worker' | 'in-process';
  /** Path of better-sqlite3's addon for this runtime, when it is not the default build. */
  nativeBinding?: string;
  emit(event: BridgeEvent): void;
  /** Cancellation of long work by job id. */
  jobs: JobRegistry;
  /** Catches the username search index up after imports (and restores). */
  searchIndex: { schedule(): void };
}

export class JobRegistry {
  private readonly running = new Map<string, AbortController>();

  start(jobId: string): AbortSignal {
    this.running.get(jobId)?.abort();
    const controller = new AbortController();
    this.running.set(jobId, controller);
    return controller.signal;
  }

  finish(jobId: string): void {
    this.running.delete(jobId);
  }

  get active(): number {
    return this.running.size;
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }
}
