import { databasePath } from '@/lib/db/sqlite';
import { processSingleton } from '@/lib/process-cache';
import { redactUrl } from '@/lib/store/redact';
import { createPostgresStore } from '@/lib/store/postgres';
import { createSqliteStore } from '@/lib/store/sqlite';
import type { Store } from '@/lib/store/types';

export * from '@/lib/store/types';

/*
 * Which store this process uses: PostgreSQL when DATABASE_URL is set (postgres://…), else the
 * SQLite file under DATA_DIR. No `server-only` here: the operators' commands (npm run leads,
 * npm run db:migrate) and the tests open stores through the same function as the site.
 */

export type StoreConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export function storeConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: 'sqlite', file: databasePath() };
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  throw new Error(`DATABASE_URL: found "${redactUrl(url)}", expected postgres://user:password@host:5432/database (or unset for SQLite in DATA_DIR)`);
}

/** A new store for the given configuration (the caller closes it). */
export function openStore(config: StoreConfig = storeConfig()): Store {
  if (config.kind === 'sqlite') return createSqliteStore(config.file);
  return createPostgresStore(config.url);
}

/** Where the store lives, for messages: the file, or the connection string without its password. */
export function describeStore(config: StoreConfig = storeConfig()): string {
  return config.kind === 'sqlite' ? `SQLite ${config.file}` : `PostgreSQL ${redactUrl(config.url)}`;
}

/**
 * The store of this server process: one per configuration (one SQLite handle pair, or one
 * PostgreSQL pool), shared by every route bundle (processSingleton).
 */
export function getStore(): Store {
  const config = storeConfig();
  const key = config.kind === 'sqlite' ? `store:sqlite:${config.file}` : `store:postgres:${config.url}`;
  return processSingleton(key, () => openStore(config));
}
