import 'server-only';
import { getDb } from '@/lib/db';
import { createSqliteReadStore, type ReadStore } from '@/lib/reads/store';

let store: ReadStore | undefined;

/** The app's ReadStore (SQLite under DATA_DIR). */
export function getReadStore(): ReadStore {
  store ??= createSqliteReadStore(getDb());
  return store;
}
