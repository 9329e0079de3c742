// Why a database file was not opened, in words a user can act on; every message starts with the path.
import { FileProblemError } from '../../shared/file-problem';

/** A database Followscope refuses to open; it is left exactly as it was, with nothing created beside it. */
export class DatabaseRefusedError extends FileProblemError {
  constructor(file: string, problem: string) {
    super(file, problem);
    this.name = 'DatabaseRefusedError';
  }
}

export class DatabaseTooNewError extends DatabaseRefusedError {
  constructor(
    file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      file,
      `this database was written by a newer Followscope (schema ${found}, this version reads up to ${supported}). ` +
        'It was left untouched; update Followscope to open it.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Another program's SQLite file, or not an SQLite file at all: never migrated, never written. */
export class DatabaseForeignError extends DatabaseRefusedError {
  constructor(file: string, what: string) {
    super(
      file,
      `${what}, not a Followscope database. It was left untouched; choose another file ` +
        '(--db or FOLLOWSCOPE_DB), or move this one away.',
    );
    this.name = 'DatabaseForeignError';
  }
}

/** The file or its folder cannot be written (permissions, a read-only disk). */
export class DatabaseReadOnlyError extends DatabaseRefusedError {
  constructor(file: string, folder: boolean) {
    super(
      file,
      folder
        ? 'the folder holding the database is read-only (Followscope keeps its journal beside the file). ' +
            'Make the folder writable, or choose a database in a writable folder (--db or FOLLOWSCOPE_DB).'
        : 'the database file is read-only. Make it writable (e.g. chmod u+w), or choose another file ' +
            '(--db or FOLLOWSCOPE_DB).',
    );
    this.name = 'DatabaseReadOnlyError';
  }
}

/** The disk refused a write while opening or upgrading the database (full, failing, removed). */
export class DatabaseDiskError extends DatabaseRefusedError {
  constructor(file: string, full: boolean) {
    super(
      file,
      full
        ? 'the disk is full; nothing was changed. Free some space and try again.'
        : 'the disk could not be written (input/output error: is it full, failing or removed?); nothing was changed.',
    );
    this.name = 'DatabaseDiskError';
  }
}
