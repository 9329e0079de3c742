// A small append-only log in the user-data folder, rotated by size so it never grows without bound:
// main.log, then main.1.log … main.<keep>.log, the oldest dropped. Everything written is redacted first.
import fs from 'node:fs';
import path from 'node:path';
import { redact } from './redact';

export type LogLevel = 'info' | 'warn' | 'error';

export interface RotatingLog {
  readonly dir: string;
  readonly file: string;
  write(level: LogLevel, source: string, message: string): void;
}

export interface RotatingLogOptions {
  dir: string;
  name?: string;
  /** Rotate when the current file would pass this many bytes. */
  maxBytes?: number;
  /** How many rotated files to keep besides the current one. */
  keep?: number;
  now?: () => Date;
}

export function createRotatingLog(options: RotatingLogOptions): RotatingLog {
  const { dir, name = 'main', maxBytes = 1024 * 1024, keep = 3, now = () => new Date() } = options;
  const file = path.join(dir, `${name}.log`);
  const rotated = (n: number) => path.join(dir, `${name}.${n}.log`);

  function rotate(): void {
    fs.rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      if (fs.existsSync(rotated(n))) fs.renameSync(rotated(n), rotated(n + 1));
    }
    if (keep >= 1) fs.renameSync(file, rotated(1));
    else fs.rmSync(file, { force: true });
  }

  return {
    dir,
    file,
    write(level, source, message) {
      // Times in UTC, the product's one time zone, named by the Z.
      const line = `${now().toISOString()} ${level.toUpperCase()} [${source}] ${redact(message)}\n`;
      try {
        fs.mkdirSync(dir, { recursive: true });
        const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
        if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
        fs.appendFileSync(file, line);
      } catch {
        // A log that cannot be written (full disk, read-only folder) must never take the app down with it.
      }
    },
  };
}
