// The content hash of what the user gave, for recognizing a re-import. Only what the import reads is
// hashed, streamed (no file is read whole, so no size limit of Node's applies): a bare file or ZIP by its
// bytes; a folder by the names and bytes of the files the walk keeps (hidden files, __MACOSX and other
// files the import never opens are not even read) and that `wanted` accepts.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { openImportSource, type OpenSourceOptions } from './open';

export async function hashImportPath(
  file: string,
  wanted: (entryName: string) => boolean,
  options: OpenSourceOptions = {},
): Promise<string> {
  const hash = createHash('sha256');
  const stat = await fs.promises.stat(file);
  if (!stat.isDirectory()) {
    await pipeline(fs.createReadStream(file, { signal: options.signal }), hash, { end: false });
    return hash.digest('hex');
  }
  const source = await openImportSource(file, options);
  try {
    for (const entry of [...source.entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!wanted(entry.name)) continue;
      hash.update(entry.name);
      await pipeline(await source.open(entry, options.signal), hash, { end: false });
    }
  } finally {
    await source.close();
  }
  return hash.digest('hex');
}
