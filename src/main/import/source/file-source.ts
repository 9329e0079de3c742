// Plain files on disk (a bare JSON/TXT/CSV file, or the files of an unzipped folder) streamed in 1 MB reads.
import * as fs from 'node:fs';
import type { Readable } from 'node:stream';
import { guardStream } from './guard-stream';

/** 1 MB reads: few syscalls and few scanner calls per file, still bounded memory. */
export const FILE_READ_CHUNK = 1 << 20;

export function openFileStream(
  file: string,
  label: string,
  maxBytes: number,
  signal?: AbortSignal,
  upTo?: number,
): Readable {
  // A head only: one small read, not a whole 1 MB chunk per file sniffed (hundreds in a folder export).
  const src =
    upTo === undefined
      ? fs.createReadStream(file, { highWaterMark: FILE_READ_CHUNK })
      : fs.createReadStream(file, { highWaterMark: Math.min(upTo, FILE_READ_CHUNK), end: upTo - 1 });
  return guardStream(src, label, maxBytes, (err) => `cannot read the file (${err.message})`, signal);
}
