import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '@/lib/store';
import type { Store } from '@/lib/store/types';
import { startPostgres, type PostgresCluster } from './postgres';

/**
 * One real database per store kind for the shared store tests: a SQLite file in a temporary folder,
 * or a throw-away PostgreSQL cluster (tests/helpers/postgres.ts). The same test cases run on both.
 */
export interface Backend {
  kind: 'sqlite' | 'postgres';
  /** The store under test (reopened by reset()). */
  store: Store;
  /** Another store on the same database: a second process or instance. */
  another(): Store;
  /** Runs SQL directly (assertions on tables; no parameters). */
  raw(sql: string): Promise<Record<string, unknown>[]>;
  /** Empties every table (schema stays). */
  reset(): Promise<void>;
  destroy(): Promise<void>;
  cluster?: PostgresCluster;
}

export const STORE_KINDS = ['sqlite', 'postgres'] as const;

const TABLES = ['outbox', 'leads', 'rate_events', 'daily_salts', 'read_visitors', 'read_counts'];

export async function openBackend(kind: 'sqlite' | 'postgres'): Promise<Backend> {
  const extra: Store[] = [];
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-sqlite-'));
    const file = path.join(dir, 'technow.sqlite');
    const backend: Backend = {
      kind,
      store: openStore({ kind: 'sqlite', file }),
      another: () => {
        const s = openStore({ kind: 'sqlite', file });
        extra.push(s);
        return s;
      },
      raw: async (sql) => {
        const db = new Database(file);
        try {
          return db.prepare(sql).reader ? (db.prepare(sql).all() as Record<string, unknown>[]) : (db.prepare(sql).run(), []);
        } finally {
          db.close();
        }
      },
      reset: async () => {
        await backend.store.migrate();
        const db = new Database(file);
        db.exec(TABLES.map((t) => `DELETE FROM ${t};`).join('\n'));
        db.close();
      },
      destroy: async () => {
        await Promise.all([backend.store, ...extra].map((s) => s.close()));
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
    return backend;
  }
  const cluster = await startPostgres();
  const url = cluster.url;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const backend: Backend = {
    kind,
    cluster,
    store: openStore({ kind: 'postgres', url }),
    another: () => {
      const s = openStore({ kind: 'postgres', url });
      extra.push(s);
      return s;
    },
    raw: async (sql) => (await client.query(sql)).rows as Record<string, unknown>[],
    reset: async () => {
      await backend.store.migrate();
      await client.query(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    },
    destroy: async () => {
      await Promise.all([backend.store, ...extra].map((s) => s.close()));
      await client.end();
      await cluster.destroy();
    },
  };
  return backend;
}
