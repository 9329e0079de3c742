// Reads the few small entries of a Studio ZIP (or of an XLSX, which is a ZIP) into memory, refusing
// hostile archives: path-like or absurd entry names, too many entries, and entries that inflate past a
// limit (counted on the bytes actually inflated, not on the sizes the headers claim).
import yauzl from 'yauzl';

export interface ZipEntryData {
  name: string;
  data: Buffer;
  /** Entry modification time (UTC extra field when present, else DOS time read as UTC). */
  mtime: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

/** Studio files hold ≤ 365 rows: a few hundred KB. These limits are generous and still stop a bomb. */
export const STUDIO_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
};

function isHostileName(name: string): boolean {
  return (
    name.length > 1024 ||
    name.includes('\0') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').some((part) => part === '..')
  );
}

/**
 * Reads the entries `want(name)` accepts. `label` names the archive in error messages. Directory entries
 * are skipped.
 */
export async function readZipEntries(
  source: string | Buffer,
  label: string,
  want: (name: string) => boolean,
  limits: ZipLimits = STUDIO_ZIP_LIMITS,
): Promise<ZipEntryData[]> {
  // decodeStrings off: yauzl's own name check would throw a generic error; ours names the archive.
  const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true } as const;
  let zip: yauzl.ZipFile;
  try {
    zip =
      typeof source === 'string'
        ? await yauzl.openPromise(source, options)
        : await yauzl.fromBufferPromise(source, options);
  } catch (error) {
    throw new Error(`${label}: not a readable ZIP archive (${(error as Error).message})`, { cause: error });
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new Error(`${label}: the archive has ${zip.entryCount} entries, more than ${limits.maxEntries}`);
    }
    const out: ZipEntryData[] = [];
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      const raw = entry.fileNameRaw;
      const name =
        (entry.generalPurposeBitFlag & 0x800) !== 0 ? raw.toString('utf8') : raw.toString('latin1');
      if (isHostileName(name))
        throw new Error(
          `${label}: refusing an entry with an unsafe name (${JSON.stringify(name.slice(0, 80))})`,
        );
      if (name.endsWith('/') || !want(name)) continue;
      if (entry.isEncrypted()) throw new Error(`${label}: ${name} is encrypted`);
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        throw new Error(
          `${label}: ${name} claims ${entry.uncompressedSize} bytes, more than a Studio file can hold`,
        );
      }
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          size += chunk.length;
          total += chunk.length;
          if (size > limits.maxEntryBytes || total > limits.maxTotalBytes) {
            throw new Error(`${label}: ${name} inflates past the size limit`);
          }
          chunks.push(chunk);
        }
      } catch (error) {
        stream.destroy();
        const message = (error as Error).message;
        if (message.startsWith(label)) throw error;
        throw new Error(`${label}: ${name} cannot be read (${message})`, { cause: error });
      }
      out.push({
        name,
        data: Buffer.concat(chunks),
        mtime: entry.getLastModDate({ timezone: 'UTC' }).getTime(),
      });
    }
    return out;
  } finally {
    zip.close();
  }
}
