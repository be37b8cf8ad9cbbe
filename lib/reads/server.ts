import 'server-only';
import { getCountsDb } from '@/lib/db';
import { createSqliteReadStore, type ReadStore } from '@/lib/reads/store';

let store: ReadStore | undefined;

/** The app's ReadStore (SQLite under DATA_DIR). */
export function getReadStore(): ReadStore {
  store ??= createSqliteReadStore(getCountsDb());
  return store;
}
