import type { ImportSource, SourceEntry } from './types';

/** The first `max` bytes of an entry (fewer if it is shorter), for sniffing what it is. */
export async function readEntryHead(
  source: ImportSource,
  entry: SourceEntry,
  max: number,
  signal?: AbortSignal,
): Promise<Buffer> {
  const stream = await source.open(entry, signal, max);
  const parts: Buffer[] = [];
  let n = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      parts.push(chunk);
      n += chunk.length;
      if (n >= max) break;
    }
  } finally {
    stream.destroy();
  }
  const all = Buffer.concat(parts);
  return all.length > max ? all.subarray(0, max) : all;
}

/**
 * Does `pattern` (no `g` flag) match somewhere in the entry? Streams from the start until it matches or
 * the entry ends, holding one chunk plus `overlap` bytes of the previous one (a match may span chunks).
 */
export async function entryContains(
  source: ImportSource,
  entry: SourceEntry,
  pattern: RegExp,
  overlap: number,
  signal?: AbortSignal,
): Promise<boolean> {
  const stream = await source.open(entry, signal);
  let tail = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      // latin1 maps every byte to one character: an ASCII pattern matches the same as on UTF-8 text.
      const text = tail + chunk.toString('latin1');
      if (pattern.test(text)) return true;
      tail = text.slice(-overlap);
    }
    return false;
  } finally {
    stream.destroy();
  }
}
