// The content hash of an export: sha256 over its records as the reader delivers them, so the same export
// as a ZIP, a bare JSON file or a folder is recognized as one. Record lines are batched into 64 KiB
// strings because hashing many tiny strings costs more than the hashing itself.
import { createHash } from 'node:crypto';

const CHUNK = 1 << 16;

export class RecordHash {
  private readonly hash = createHash('sha256');
  private buffer = '';

  /** Adds one record, already serialized as a line. */
  add(line: string): void {
    this.buffer += line;
    if (this.buffer.length >= CHUNK) {
      this.hash.update(this.buffer);
      this.buffer = '';
    }
  }

  /** The hex digest; the hash cannot be used after this. */
  digest(): string {
    this.hash.update(this.buffer);
    this.buffer = '';
    return this.hash.digest('hex');
  }
}
