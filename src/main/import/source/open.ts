// Opens whatever the user dropped: a folder, a ZIP (recognized by its signature, not its name), or a bare
// file. Every refusal is an ImportInputError naming the file.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { ImportInputError } from '../sink';
import { DEFAULT_SOURCE_LIMITS } from './limits';
import type { SourceLimits } from './limits';
import { openDirectorySource } from './dir-source';
import { openFileStream } from './file-source';
import { openZipSource } from './zip-source';
import type { ImportSource } from './types';

export interface OpenSourceOptions {
  signal?: AbortSignal;
  /** Overrides of the default limits (tests use small ones). */
  limits?: Partial<SourceLimits>;
}

const ZIP_SIGNATURES = [0x04034b50, 0x06054b50, 0x08074b50]; // local header, empty archive, spanned

async function readHead(file: string, n: number): Promise<Buffer> {
  const fh = await fs.open(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export async function openImportSource(
  input: string,
  options: OpenSourceOptions = {},
): Promise<ImportSource> {
  const limits: SourceLimits = { ...DEFAULT_SOURCE_LIMITS, ...options.limits };
  const file = path.resolve(input);
  const name = path.basename(file);
  options.signal?.throwIfAborted();
  let st;
  try {
    st = await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ImportInputError(
      name,
      code === 'ENOENT' ? 'no such file or folder' : `cannot open (${code ?? err})`,
    );
  }
  if (st.isDirectory()) {
    const source = await openDirectorySource(file, limits, options.signal);
    if (source.entries.length === 0) throw new ImportInputError(name, 'the folder is empty');
    return source;
  }
  if (!st.isFile()) throw new ImportInputError(name, 'not a file or folder');
  if (st.size === 0) throw new ImportInputError(name, 'the file is empty');
  const head = await readHead(file, 4);
  if (head.length === 4 && ZIP_SIGNATURES.includes(head.readUInt32LE(0))) {
    return openZipSource(file, limits, options.signal);
  }
  if (st.size > limits.maxEntryBytes) {
    throw new ImportInputError(
      name,
      `${st.size} bytes is over the ${limits.maxEntryBytes}-byte limit; refused`,
    );
  }
  const entry = { name, size: st.size, mtime: Math.floor(st.mtimeMs) };
  return {
    kind: 'file',
    path: file,
    sourceName: name,
    containerTime: Math.floor(st.mtimeMs),
    entries: [entry],
    open(e, signal?: AbortSignal, upTo?: number): Promise<Readable> {
      if (e.name !== name) return Promise.reject(new Error(`not the file ${name}: ${e.name}`));
      return Promise.resolve(openFileStream(file, name, limits.maxEntryBytes, signal, upTo));
    },
    close: () => Promise.resolve(),
  };
}
