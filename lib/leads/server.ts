import 'server-only';
import { getDb } from '@/lib/db';
import { createSqliteLeadStore, type LeadStore } from '@/lib/leads/store';

let store: LeadStore | undefined;

/** The app's LeadStore (SQLite under DATA_DIR; swap here for another adapter). */
export function getLeadStore(): LeadStore {
  store ??= createSqliteLeadStore(getDb());
  return store;
}
