import { Transform } from 'node:stream';
import type { Readable, TransformCallback } from 'node:stream';
import { ImportInputError } from '../sink';

/**
 * Wraps an entry's byte stream: counts bytes against a hard cap (a second line of defence behind the
 * declared-size checks), turns low-level stream failures (zlib, yauzl size checks, I/O) into
 * ImportInputError naming the file, and stops when the signal aborts.
 */
export function guardStream(
  src: Readable,
  file: string,
  maxBytes: number,
  describeError: (err: Error) => string,
  signal?: AbortSignal,
): Readable {
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      seen += chunk.length;
      if (seen > maxBytes) {
        done(new ImportInputError(file, `larger than the ${maxBytes}-byte limit for one file; refused`));
        return;
      }
      done(null, chunk);
    },
  });
  // Not stream.pipeline: it would destroy `counter` with the raw error before we can name the file.
  src.on('error', (err: Error) => {
    if (counter.destroyed) return;
    if (signal?.aborted) counter.destroy(abortReason(signal));
    else if (err instanceof ImportInputError) counter.destroy(err);
    else counter.destroy(new ImportInputError(file, describeError(err)));
  });
  counter.once('close', () => {
    if (!src.destroyed) src.destroy();
  });
  src.pipe(counter);
  if (signal) {
    const onAbort = (): void => {
      src.destroy();
      counter.destroy(abortReason(signal));
    };
    if (signal.aborted) onAbort();
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      counter.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return counter;
}

/** The error an aborted import ends with: the signal's reason when it is an Error. */
export function abortReason(signal: AbortSignal): Error {
  const r: unknown = signal.reason;
  if (r instanceof Error) return r;
  const e = new Error('The import was cancelled');
  e.name = 'AbortError';
  return e;
}
