// Tells, before anything is written, whether a file is a Followscope database, a new one, or something to
// refuse. Opening an SQLite file in WAL mode, even read-only, creates `-wal` and `-shm` beside it: the probe
// removes the ones it created, so a refused file is left with nothing beside it.
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** PRAGMA application_id of every Followscope database ("FSCP"). */
export const FOLLOWSCOPE_APPLICATION_ID = 0x46534350;

/** Tables every Followscope schema has had since the first: how databases made before the mark are known. */
const OUR_FIRST_TABLES = ['accounts', 'snapshots'];

export type DatabaseIdentity =
  | { kind: 'new' }
  | { kind: 'followscope'; version: number; marked: boolean }
  | { kind: 'foreign'; what: string };

const SIDECARS = ['-wal', '-shm'];

export function identifyDatabase(file: string, nativeBinding?: string): DatabaseIdentity {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return { kind: 'new' };
  }
  if (size === 0) return { kind: 'new' };
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') !== 'SQLite format 3\0') return { kind: 'foreign', what: 'not an SQLite file' };

  const existing = SIDECARS.filter((s) => fs.existsSync(file + s));
  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = new Set(
      probe.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
    );
    if (appId === FOLLOWSCOPE_APPLICATION_ID) return { kind: 'followscope', version, marked: true };
    if (appId !== 0) return { kind: 'foreign', what: 'another program’s database' };
    if (tables.size === 0 && version === 0) return { kind: 'new' };
    if (version > 0 && OUR_FIRST_TABLES.every((t) => tables.has(t)))
      return { kind: 'followscope', version, marked: false };
    return { kind: 'foreign', what: 'another program’s SQLite database' };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      return { kind: 'foreign', what: 'a damaged SQLite file or not a database' };
    throw error;
  } finally {
    probe?.close();
    for (const s of SIDECARS) if (!existing.includes(s)) fs.rmSync(file + s, { force: true });
  }
}
