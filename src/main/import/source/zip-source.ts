// A ZIP opened with yauzl: the central directory is read up front (names and sizes checked against the
// limits before a single byte is inflated), entries are streamed on demand, never the whole file in memory.
import * as path from 'node:path';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import type { Readable } from 'node:stream';
import { ImportInputError } from '../sink';
import type { SourceLimits } from './limits';
import { unsafeEntryName } from './paths';
import { guardStream } from './guard-stream';
import { newestEntryTime, type ImportSource, type SourceEntry } from './types';

interface ZipEntry extends SourceEntry {
  raw: Entry;
}

/** yauzl's messages, said in words a user can act on. */
function describeZipError(err: Error): string {
  const m = err.message;
  if (/invalid relative path|absolute path|invalid characters in fileName/i.test(m)) {
    return `unsafe entry path in the ZIP (${m}); refused`;
  }
  if (/end of central directory|unexpected EOF|not enough bytes|offset .* past|exceeds|truncated/i.test(m)) {
    return `the ZIP is truncated or damaged (${m})`;
  }
  if (/too many bytes/i.test(m)) return `a ZIP entry is larger than its header says (${m}); refused`;
  if (/invalid (code|block|distance|stored)|incorrect header|unknown compression/i.test(m)) {
    return `a ZIP entry is damaged (${m})`;
  }
  return `cannot read the ZIP (${m})`;
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(err ?? new Error('no zip'));
      else resolve(zip);
    });
  });
}

function readEntries(
  zip: ZipFile,
  file: string,
  limits: SourceLimits,
  signal?: AbortSignal,
): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: ZipEntry[] = [];
    let total = 0;
    let count = 0;
    const fail = (problem: string): void => {
      zip.removeAllListeners('entry');
      reject(new ImportInputError(file, problem));
    };
    zip.on('error', (err: Error) => reject(new ImportInputError(file, describeZipError(err))));
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: Entry) => {
      if (signal?.aborted) {
        zip.removeAllListeners('entry');
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        return;
      }
      if (++count > limits.maxEntries)
        return fail(`the ZIP holds more than ${limits.maxEntries} entries; refused`);
      const name = entry.fileName;
      const unsafe = unsafeEntryName(name);
      if (unsafe) return fail(`${unsafe}; refused`);
      if (!name.endsWith('/')) {
        const size = entry.uncompressedSize;
        if (size > limits.maxEntryBytes) {
          return fail(
            `ZIP entry ${name} would inflate to ${size} bytes, over the ${limits.maxEntryBytes}-byte limit; refused`,
          );
        }
        total += size;
        if (total > limits.maxTotalBytes) {
          return fail(`the ZIP would inflate to more than ${limits.maxTotalBytes} bytes in total; refused`);
        }
        if (size >= limits.ratioCheckFromBytes && entry.compressionMethod !== 0) {
          const ratio = size / Math.max(1, entry.compressedSize);
          if (ratio > limits.maxCompressionRatio) {
            return fail(
              `ZIP entry ${name} has a compression ratio of ${Math.round(ratio)}:1, over the ${limits.maxCompressionRatio}:1 limit (a ZIP bomb?); refused`,
            );
          }
        }
        entries.push({ name, size, mtime: entry.getLastModDate().getTime(), raw: entry });
      }
      zip.readEntry();
    });
    zip.readEntry();
  });
}

export async function openZipSource(
  file: string,
  limits: SourceLimits,
  signal?: AbortSignal,
): Promise<ImportSource> {
  const sourceName = path.basename(file);
  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    throw new ImportInputError(sourceName, describeZipError(err as Error));
  }
  let entries: ZipEntry[];
  try {
    entries = await readEntries(zip, sourceName, limits, signal);
  } catch (err) {
    zip.close();
    throw err;
  }
  let closed = false;
  return {
    kind: 'zip',
    path: file,
    sourceName,
    containerTime: newestEntryTime(entries),
    entries,
    open(entry: SourceEntry, openSignal?: AbortSignal): Promise<Readable> {
      const raw = (entry as ZipEntry).raw;
      if (!raw || !entries.includes(entry as ZipEntry)) {
        return Promise.reject(new Error(`not an entry of ${sourceName}: ${entry.name}`));
      }
      const label = `${sourceName}/${entry.name}`;
      return new Promise((resolve, reject) => {
        zip.openReadStream(raw, (err, stream) => {
          if (err || !stream) {
            reject(new ImportInputError(label, describeZipError(err ?? new Error('no stream'))));
            return;
          }
          resolve(guardStream(stream, label, limits.maxEntryBytes, describeZipError, openSignal));
        });
      });
    },
    close(): Promise<void> {
      if (!closed) {
        closed = true;
        zip.close();
      }
      return Promise.resolve();
    },
  };
}
