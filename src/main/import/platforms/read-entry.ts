// Instagram splits its lists into files of a few thousand accounts each (followers_1.json, _2, …), so its
// reader takes one file at a time whole, with a ceiling that refuses absurd entries before they exhaust
// memory. (X's data files are not split that way: its reader streams them, platforms/x/ytd.ts.)
import { ImportInputError } from '../sink';
import type { ImportSource, SourceEntry } from '../source/types';

/** Largest single Instagram file read whole: ~2M accounts of JSON, far above any real export. */
export const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

/** The entry's bytes as UTF-8 text without a byte-order mark. */
export async function readEntryText(
  source: ImportSource,
  entry: SourceEntry,
  signal?: AbortSignal,
  onBytes?: (n: number) => void,
): Promise<string> {
  if (entry.size > MAX_WHOLE_FILE_BYTES) {
    throw new ImportInputError(entry.name, `too large to be an export file (${entry.size} bytes)`);
  }
  const stream = await source.open(entry, signal);
  const parts: Buffer[] = [];
  let n = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      n += chunk.length;
      if (n > MAX_WHOLE_FILE_BYTES) {
        throw new ImportInputError(entry.name, 'too large to be an export file');
      }
      parts.push(chunk);
      onBytes?.(chunk.length);
    }
  } finally {
    stream.destroy();
  }
  const text = Buffer.concat(parts).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Entries that are real files of the export, not macOS resource forks. */
export function realEntries(entries: readonly SourceEntry[]): SourceEntry[] {
  return entries.filter((e) => {
    const parts = e.name.split('/');
    return !parts.includes('__MACOSX') && !(parts[parts.length - 1] ?? '').startsWith('._');
  });
}
