import 'server-only';
import { openDatabase, type SqliteDatabase } from '@/lib/db/sqlite';

let instance: SqliteDatabase | undefined;
let countsInstance: SqliteDatabase | undefined;

/** The app's shared connection, opened on first use (better-sqlite3 is synchronous and process-local). */
export function getDb(): SqliteDatabase {
  instance ??= openDatabase();
  return instance;
}

/** Like getDb(), but undefined when the database cannot be opened (e.g. read-only file system at build). */
export function tryGetDb(): SqliteDatabase | undefined {
  try {
    return getDb();
  } catch {
    return undefined;
  }
}

/**
 * A second connection for high-volume, low-value writes (read counts): without an fsync per commit a
 * beacon blocks the event loop for microseconds instead of milliseconds.
 */
export function getCountsDb(): SqliteDatabase {
  countsInstance ??= openDatabase(undefined, { synchronous: 'NORMAL' });
  return countsInstance;
}
