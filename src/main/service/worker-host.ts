// Runs the service in a worker thread and gives the hosting thread the same dispatch function.
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

export interface WorkerHostOptions extends WorkerData {
  /** The built worker script (electron-vite's `?modulePath`, or src/main/service/worker.ts under tsx). */
  workerPath: string;
  /** Extra argv for the worker (the tsx bootstrap in tests takes the TypeScript entry here). */
  argv?: string[];
  onEvent(event: BridgeEvent): void;
}

export function startServiceWorker(options: WorkerHostOptions): ServiceWorker {
  const { workerPath, argv, onEvent, ...data } = options;
  const worker = new Worker(workerPath, { workerData: data satisfies WorkerData, argv });
  const pending = new Map<number, (result: BridgeResult<unknown>) => void>();
  let nextId = 1;
  let exited = false;
  let onClosed: (() => void) | null = null;

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
      reject(error);
      failAll(`The service stopped: ${error.message}`);
    });
    worker.on('exit', () => {
      exited = true;
      failAll('The service has stopped.');
      onClosed?.();
    });
  });
  ready.catch(() => {}); // callers that never await ready still get errors per call

  function failAll(message: string): void {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'INTERNAL', message } });
    pending.clear();
  }

  const send = (message: ToWorker) => worker.postMessage(message);

  return {
    ready,
    dispatch: (call, input) =>
      new Promise((resolve) => {
        if (exited)
          return resolve({ ok: false, error: { code: 'INTERNAL', message: 'The service has stopped.' } });
        const id = nextId++;
        pending.set(id, resolve);
        send({ type: 'call', id, call: String(call), input });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        onClosed = resolve;
        send({ type: 'close' });
      }),
  };
}
