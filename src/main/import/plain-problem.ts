// What a low-level failure during an import means, in words a user can act on. SQLite and Node speak of
// codes and columns; the user needs to know what happened to the import and what to do next. Every import
// is one transaction, so each of these also means "nothing was saved".

/** The plain-words problem for an error an import can run into, or null when it is not one of these. */
export function plainProblem(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  const text = error.message;
  if (typeof code !== 'string') {
    // V8's own limits, hit by inputs far beyond any real export.
    if (
      error instanceof RangeError &&
      /maximum size exceeded|Invalid array length|Invalid string length/.test(text)
    )
      return 'the file holds more entries than Followscope can hold in memory; nothing was saved';
    return null;
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return 'the disk is full; nothing was saved. Free some space and import again';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS')
    return 'the database cannot be written (read-only file, folder or disk); nothing was saved';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO')
    return 'the disk could not be written (input/output error); nothing was saved. Check the disk and import again';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return 'the database is busy in another program (another Followscope?); nothing was saved. Try again';
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
    return 'the database file is damaged; nothing was saved. Restore it from a backup (followscope.db.v<N>.bak)';
  if (code === 'SQLITE_TOOBIG') return 'a value in the file is far too long to store; refused';
  if (code === 'SQLITE_CONSTRAINT_DATATYPE') {
    // "cannot store REAL value in INTEGER column studio_content.comments": a count with more digits than
    // any real count (JavaScript turns 23 digits into a float).
    const column = /column (\w+)\.(\w+)/.exec(text);
    return `a number in the file is too large to be a real count${column ? ` (${column[2]})` : ''}; refused`;
  }
  if (code === 'ERR_FS_FILE_TOO_LARGE')
    return 'a file in it is over 2 GiB, far more than an export holds; refused';
  return null;
}
