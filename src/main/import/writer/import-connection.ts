// The import's own connection to the database file, set up for one long write: in WAL mode the service's
// connection keeps reading the last committed state meanwhile, and a failure, a cancel or a kill leaves
// no trace of the transaction begun here.
import { openDatabase, type Db } from '../../db/open';

export function openImportConnection(dbPath: string, nativeBinding?: string): Db {
  const conn = openDatabase(dbPath, { nativeBinding });
  try {
    // Ids written here come from joins on this very transaction: consistent by construction, and
    // without the per-row parent lookups foreign-key checks would cost a million-row import.
    conn.pragma('foreign_keys = OFF');
    // A small page cache, and the sorter that rebuilds the follow-date index spilling to a temporary
    // file rather than to memory: measured through the service at 1M followers, 8 MiB and FILE gave a
    // peak RSS 13 MB lower than 32 MiB in memory (320 against 333 MB, median of 6 alternating runs), at
    // the same speed (10.0 against 10.3 s); 128 MiB had bought no speed either, only peak RSS.
    // Privacy: with FILE, what SQLite sorts or spills here (usernames and follow dates, never more)
    // passes through temporary files in the system's temporary folder (SQLITE_TMPDIR, TMPDIR, else /tmp
    // on Linux and macOS, %TEMP% on Windows), which SQLite deletes when the statement or connection ends.
    conn.pragma('cache_size = -8192');
    conn.pragma('temp_store = FILE');
    // An import reported done must survive a power loss: FULL syncs the WAL at COMMIT. Measured
    // (bench/durability.ts): no visible cost on a million-row commit, against ~4 ms per small commit,
    // which is why the service's own connection keeps NORMAL for the app's many small writes.
    conn.pragma('synchronous = FULL');
    // Deferred: the transaction takes its read snapshot and write lock only when the save writes, so
    // the service's connection can still write (e.g. delete a snapshot) while a long file is read.
    conn.exec('BEGIN');
  } catch (error) {
    conn.close();
    throw error;
  }
  return conn;
}
