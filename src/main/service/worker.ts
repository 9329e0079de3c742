// Entry of the service worker thread: better-sqlite3 is synchronous, so the service runs here and a
// long import never blocks the thread that owns the window.
import { parentPort, workerData } from 'node:worker_threads';
import { toBridgeError } from './errors';
import { createService, type Service } from './service';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
const post = (message: FromWorker) => port.postMessage(message);

let service: Service | null = null;
let startupError: ReturnType<typeof toBridgeError> | null = null;
try {
  service = createService({
    ...(workerData as WorkerData),
    host: 'worker',
    emit: (event) => post({ type: 'event', event }),
  });
  post({ type: 'ready' });
} catch (error) {
  startupError = toBridgeError(error);
  post({ type: 'failed', error: startupError });
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'close') {
    service?.close();
    post({ type: 'closed' });
    port.close();
    return;
  }
  if (!service) {
    post({ type: 'result', id: message.id, result: { ok: false, error: startupError! } });
    return;
  }
  void service
    .dispatch(message.call, message.input)
    .then((result) => post({ type: 'result', id: message.id, result }));
});
