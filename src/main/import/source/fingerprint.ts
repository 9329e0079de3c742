// The fingerprint of a file as given (sha256 of its bytes), computed on a worker thread while the import
// reads the same file on its own: measured at 1M followers (235 MB), hashing takes about 0.4 s, a tenth of
// the import, and on the second core it costs the first import nothing. A re-import of the same file is
// recognized as soon as the hash is done, long before the records would have been read.
// A folder has no fingerprint (null): its re-import is recognized by the content hash, as before.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

/** Files below this size are hashed on the calling thread: starting a worker costs more than hashing. */
const INLINE_BYTES = 8 << 20;
const READ_CHUNK = 1 << 20;

// Plain CommonJS, evaluated by the worker: no file of its own to locate once bundled.
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { createHash } = require('node:crypto');
try {
  const hash = createHash('sha256');
  const fd = fs.openSync(workerData.file, 'r');
  const buffer = Buffer.allocUnsafe(${READ_CHUNK});
  try {
    for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  parentPort.postMessage(hash.digest('hex'));
} catch {
  parentPort.postMessage(null);
}
`;

/**
 * The sha256 (hex) of the file's bytes, or null for a folder or a file that cannot be read (the import
 * itself then reports why). Never rejects. `signal` stops the worker.
 */
export async function fingerprintFile(file: string, signal?: AbortSignal): Promise<string | null> {
  let size: number;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) return null;
    size = stat.size;
  } catch {
    return null;
  }
  if (size < INLINE_BYTES) return hashInline(file);
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { file } });
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    const done = (value: string | null) => {
      signal?.removeEventListener('abort', stop);
      resolve(value);
    };
    worker.once('message', (hex: string | null) => done(hex));
    worker.once('error', () => done(null));
    worker.once('exit', () => done(null)); // after a message this is a no-op: a promise resolves once
  });
}

async function hashInline(file: string): Promise<string | null> {
  try {
    const { createHash } = await import('node:crypto');
    return createHash('sha256')
      .update(await fs.promises.readFile(file))
      .digest('hex');
  } catch {
    return null;
  }
}
