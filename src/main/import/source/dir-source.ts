// An unzipped export: a folder walked recursively (bounded depth and count). Symbolic links are followed
// only when they stay inside the folder; one that points outside is refused, since a crafted export could
// otherwise make us read any file on the machine.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { ImportInputError } from '../sink';
import type { SourceLimits } from './limits';
import { openFileStream } from './file-source';
import { newestEntryTime, type ImportSource, type SourceEntry } from './types';

interface DirEntry extends SourceEntry {
  absolute: string;
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function walk(
  root: string,
  realRoot: string,
  sourceName: string,
  limits: SourceLimits,
  signal?: AbortSignal,
): Promise<DirEntry[]> {
  const out: DirEntry[] = [];
  let total = 0;
  const visit = async (dir: string, rel: string, depth: number): Promise<void> => {
    signal?.throwIfAborted();
    if (depth > limits.maxDirectoryDepth) return; // deeper than any real export; not worth walking
    const names = (await fs.readdir(dir)).sort();
    for (const name of names) {
      const absolute = path.join(dir, name);
      const relName = rel ? `${rel}/${name}` : name;
      let st = await fs.lstat(absolute);
      if (st.isSymbolicLink()) {
        let real: string;
        try {
          real = await fs.realpath(absolute);
        } catch {
          continue; // dangling link: nothing to read
        }
        if (!inside(realRoot, real)) {
          throw new ImportInputError(sourceName, `${relName} is a link to outside the folder; refused`);
        }
        st = await fs.stat(real);
        if (st.isDirectory()) continue; // links to folders inside the export would only repeat files
      }
      if (st.isDirectory()) {
        if (name.startsWith('.') || name === '__MACOSX') continue;
        await visit(absolute, relName, depth + 1);
      } else if (st.isFile()) {
        if (name.startsWith('.')) continue; // .DS_Store and friends
        if (out.length >= limits.maxEntries) {
          throw new ImportInputError(
            sourceName,
            `the folder holds more than ${limits.maxEntries} files; refused`,
          );
        }
        if (st.size > limits.maxEntryBytes) {
          throw new ImportInputError(
            sourceName,
            `${relName} is ${st.size} bytes, over the ${limits.maxEntryBytes}-byte limit; refused`,
          );
        }
        total += st.size;
        if (total > limits.maxTotalBytes) {
          throw new ImportInputError(
            sourceName,
            `the folder holds more than ${limits.maxTotalBytes} bytes; refused`,
          );
        }
        out.push({ name: relName, size: st.size, mtime: Math.floor(st.mtimeMs), absolute });
      }
    }
  };
  await visit(root, '', 0);
  return out;
}

export async function openDirectorySource(
  dir: string,
  limits: SourceLimits,
  signal?: AbortSignal,
): Promise<ImportSource> {
  const sourceName = path.basename(dir);
  const realRoot = await fs.realpath(dir);
  const entries = await walk(dir, realRoot, sourceName, limits, signal);
  return {
    kind: 'directory',
    path: dir,
    sourceName,
    containerTime: newestEntryTime(entries),
    entries,
    open(entry: SourceEntry, openSignal?: AbortSignal, upTo?: number): Promise<Readable> {
      const found = entries.find((e) => e === entry || e.name === entry.name);
      if (!found) return Promise.reject(new Error(`not a file of ${sourceName}: ${entry.name}`));
      return Promise.resolve(
        openFileStream(found.absolute, `${sourceName}/${found.name}`, limits.maxEntryBytes, openSignal, upTo),
      );
    },
    close: () => Promise.resolve(),
  };
}
