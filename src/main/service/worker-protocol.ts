// Messages between the service worker thread and the thread that hosts it.
import type { BridgeEvent, BridgeResult } from '../../shared/bridge';
import type { ServiceOptions } from './service';

export type WorkerData = Omit<ServiceOptions, 'emit' | 'host'>;

export type ToWorker = { type: 'call'; id: number; call: string; input: unknown } | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; error: { code: string; message: string } }
  | { type: 'result'; id: number; result: BridgeResult<unknown> }
  | { type: 'event'; event: BridgeEvent }
  | { type: 'closed' };
