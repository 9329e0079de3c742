// The real service worker (src/main/service/worker.ts under tsx) with a crash injected at a chosen moment,
// the way a native crash or an out-of-memory kill would end the thread. argv after this file:
//   <worker entry> <how> <marker file>
// how: 'exit-on-progress' ends the thread at the first import-progress event (an import mid-way);
//      'throw-on-call' throws an uncaught error when the first call arrives;
//      'exit-on-start' ends the thread before the service opens, every time.
// The one-shot crashes happen once: the marker file records it, so the restarted worker runs normally.
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const [entry, how, marker] = process.argv.slice(2);

function crashOnce() {
  if (fs.existsSync(marker)) return false;
  fs.writeFileSync(marker, how);
  return true;
}

if (how === 'exit-on-start') process.exit(70);

if (how === 'exit-on-progress') {
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (message) => {
    if (message.type === 'event' && message.event.type === 'import-progress' && crashOnce()) process.exit(70);
    post(message);
  };
}

if (how === 'throw-on-call') {
  // Wraps the service's own message listener, so the call that triggers the crash never reaches it.
  const on = parentPort.on.bind(parentPort);
  parentPort.on = (type, listener) =>
    on(type, (message) => {
      if (type === 'message' && message.type === 'call' && crashOnce())
        throw new Error('injected crash in the service worker');
      listener(message);
    });
}

register();
await import(entry);
