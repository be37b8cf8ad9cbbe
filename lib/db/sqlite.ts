import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '@/lib/db/migrations';

export type SqliteDatabase = Database.Database;

export const DB_FILE_NAME = 'technow.sqlite';

/** Folder of the database: DATA_DIR, else ./data (created on first use, ignored by git). */
export function dataDir(): string {
  // A runtime location, not a source folder: keep the bundler from tracing the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? 'data');
}

/** Full path of the SQLite file inside DATA_DIR. */
export function databasePath(dir = dataDir()): string {
  return path.join(/*turbopackIgnore: true*/ dir, DB_FILE_NAME);
}

/**
 * Opens (and creates) the database, switches to WAL and applies pending migrations.
 * Plain Node module without `server-only`, so the editors' CLI and tests can use it too.
 */
export function openDatabase(file = databasePath(), options: { readonly?: boolean; synchronous?: 'FULL' | 'NORMAL' } = {}): SqliteDatabase {
  if (!options.readonly) fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  // Several processes (build workers, the CLI) may share the file; wait for locks instead of failing.
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // FULL: a confirmed request survives even an OS crash. NORMAL (read counts) skips the fsync per
    // commit; in WAL mode it still survives a killed process and loses at most the last reads on power loss.
    db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return db;
}
