import type { ImportSource, SourceEntry } from './types';

/** The first `max` bytes of an entry (fewer if it is shorter), for sniffing what it is. */
export async function readEntryHead(
  source: ImportSource,
  entry: SourceEntry,
  max: number,
  signal?: AbortSignal,
): Promise<Buffer> {
  const stream = await source.open(entry, signal);
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
