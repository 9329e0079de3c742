// Runs the service in a worker thread and gives the hosting thread the same dispatch function. A worker
// that dies (a native crash, out of memory, a bug that escapes) is replaced by a fresh one: the calls it
// was answering come back as errors at once, never as promises that hang, and later calls reach the new
// worker. SQLite rolls back whatever the dead worker had not committed, so an import it was running
// leaves the database as it was.
import { Worker } from 'node:worker_threads';
import type { BridgeEvent, BridgeResult } from '../../shared/bridge';
import type { Dispatch } from './dispatch';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol';

export interface ServiceWorker {
  dispatch: Dispatch;
  /** Resolves once the database is open; rejects with the reason it could not be (e.g. a newer schema). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** What the host tells its owner when a worker died. */
export interface WorkerCrash {
  exitCode: number;
  /** The uncaught error that ended it, when there was one. */
  error?: Error;
  /** How many calls were in flight (each answered with an error). */
  inFlight: number;
  /** False once the worker died too often to keep restarting it: calls then fail with an error. */
  restarting: boolean;
}

export interface WorkerHostOptions extends WorkerData {
  /** The built worker script (electron-vite's `?modulePath`, or src/main/service/worker.ts under tsx). */
  workerPath: string;
  /** Extra argv for the worker (the tsx bootstrap in tests takes the TypeScript entry here). */
  argv?: string[];
  onEvent(event: BridgeEvent): void;
  onCrash?(crash: WorkerCrash): void;
  /** Restarts allowed within `restartWindowMs` before giving up (a worker that dies at every start). */
  maxRestarts?: number;
  restartWindowMs?: number;
}

const stopped = (message: string): BridgeResult<never> => ({
  ok: false,
  error: { code: 'INTERNAL', message },
});

export function startServiceWorker(options: WorkerHostOptions): ServiceWorker {
  const { workerPath, argv, onEvent, onCrash, maxRestarts = 3, restartWindowMs = 60_000, ...data } = options;
  const pending = new Map<number, (result: BridgeResult<unknown>) => void>();
  const crashTimes: number[] = [];
  let nextId = 1;
  let closing = false;
  let gaveUp = false;
  let exited = false;
  let onClosed: (() => void) | null = null;

  function failAll(message: string): void {
    for (const resolve of pending.values()) resolve(stopped(message));
    pending.clear();
  }

  function spawn(): { worker: Worker; ready: Promise<void> } {
    const worker = new Worker(workerPath, { workerData: data satisfies WorkerData, argv });
    let uncaught: Error | undefined;
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromWorker) => {
        switch (message.type) {
          case 'ready':
            return resolve();
          case 'failed':
            return reject(new Error(message.error.message));
          case 'result':
            pending.get(message.id)?.(message.result);
            pending.delete(message.id);
            return;
          case 'event':
            return onEvent(message.event);
          case 'closed':
            return onClosed?.();
        }
      });
      worker.on('error', (error) => {
        uncaught = error;
        reject(error);
      });
      worker.on('exit', (exitCode) => {
        reject(new Error(`The service stopped (exit code ${exitCode}).`));
        handleExit(exitCode, uncaught);
      });
    });
    ready.catch(() => {}); // callers that never await ready still get errors per call
    return { worker, ready };
  }

  function handleExit(exitCode: number, error: Error | undefined): void {
    const inFlight = pending.size;
    if (closing) {
      exited = true;
      failAll('The service has stopped.');
      onClosed?.();
      return;
    }
    const now = Date.now();
    crashTimes.push(now);
    while (crashTimes.length > 0 && crashTimes[0]! < now - restartWindowMs) crashTimes.shift();
    const restarting = crashTimes.length <= maxRestarts;
    const why = error ? `: ${error.message}` : ` (exit code ${exitCode})`;
    failAll(
      restarting
        ? `The service stopped unexpectedly${why}. It has been restarted: try again.`
        : `The service stopped unexpectedly${why} and keeps stopping. Restart Followscope.`,
    );
    onCrash?.({ exitCode, error, inFlight, restarting });
    if (restarting) {
      current = spawn();
      // Pages whose calls just failed read again, from the new worker (the calls wait until it is ready).
      onEvent({ type: 'data-changed', accountId: null });
    } else {
      gaveUp = true;
      exited = true;
    }
  }

  let current = spawn();

  return {
    ready: current.ready,
    dispatch: (call, input) =>
      new Promise((resolve) => {
        if (exited)
          return resolve(
            stopped(gaveUp ? 'The service keeps stopping. Restart Followscope.' : 'The service has stopped.'),
          );
        const id = nextId++;
        pending.set(id, resolve);
        current.worker.postMessage({ type: 'call', id, call: String(call), input } satisfies ToWorker);
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        closing = true;
        onClosed = resolve;
        current.worker.postMessage({ type: 'close' } satisfies ToWorker);
      }),
  };
}
