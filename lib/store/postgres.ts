import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { postgresMigrations } from '@/lib/db/postgres-migrations';
import { DEFAULT_RATE_LIMIT, evaluateRateLimit } from '@/lib/leads/rate-limit';
import { LEAD_COLUMNS, OUTBOX_COLUMNS, toStoredLead, type LeadRow, type OutboxRow } from '@/lib/store/rows';
import { safeMessage } from '@/lib/store/redact';
import { memoSalt } from '@/lib/store/salt-memo';
import {
  StoreUnavailableError,
  type LeadRepository,
  type NewLead,
  type OutboxItem,
  type OutboxRepository,
  type ReadRepository,
  type Store,
  type SubmitContext,
  type SubmitOutcome,
} from '@/lib/store/types';

/*
 * The shared store for several instances: PostgreSQL through one `pg` pool per process.
 *
 * - Submit: one transaction that first takes two transaction-scoped advisory locks, on the
 *   request's fingerprint and on the client key (always in that order, in two separate key spaces,
 *   so no two transactions can wait for each other in a cycle). Concurrent duplicates and bursts
 *   from one client are thereby serialised across every instance, exactly as SQLite's IMMEDIATE
 *   transaction does on one machine; unrelated requests do not wait for each other.
 * - Outbox claims: UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED): two workers never
 *   claim one row, and neither waits for the other.
 * - Faults: a short connection timeout (PG_CONNECT_TIMEOUT_MS, default 2 s) and statement timeouts
 *   make every call fail fast with StoreUnavailableError while the server is unreachable; the pool
 *   reconnects by itself once it is back. Errors pass through safeMessage(), so the connection
 *   string's password never reaches a log or an answer.
 */

const MIGRATION_LOCK = 7_246_001;
const LOCK_FINGERPRINT = 1;
const LOCK_CLIENT = 2;

// Node's network errors and PostgreSQL's SQLSTATE classes 08 (connection), 53 (resources),
// 57 (operator intervention: shutdown, cannot connect now) and 28 (authentication).
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ENOENT']);
const UNAVAILABLE_MESSAGE = /timeout|terminated|Connection ended|not queryable|connection error|Client was closed|Cannot use a pool after calling end/i;

export function isUnavailableError(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || /^(08|53|57|28)/.test(code))) return true;
  return error instanceof Error && UNAVAILABLE_MESSAGE.test(error.message);
}

function intEnv(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function createPostgresStore(url: string): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: intEnv('PG_POOL_MAX', 10),
    connectionTimeoutMillis: intEnv('PG_CONNECT_TIMEOUT_MS', 2000),
    idleTimeoutMillis: 10_000,
    // Server-side limit per statement, and a client-side one for a server that stopped answering.
    statement_timeout: intEnv('PG_STATEMENT_TIMEOUT_MS', 5000),
    query_timeout: intEnv('PG_STATEMENT_TIMEOUT_MS', 5000) + 2000,
    application_name: 'technow',
    // Build workers and CLI commands must be able to exit while the pool holds idle connections.
    allowExitOnIdle: true,
  });
  // An idle connection that breaks (server restart) is reported here; unhandled, it would end the process.
  pool.on('error', (error) => console.error(`database connection lost: ${safeMessage(error, url)}`));

  /** Rethrows as StoreUnavailableError when the database cannot be reached; any message made safe. */
  const fail = (error: unknown): never => {
    if (error instanceof StoreUnavailableError) throw error;
    if (isUnavailableError(error)) throw new StoreUnavailableError(`postgres: ${safeMessage(error, url)}`);
    if (error instanceof Error) error.message = safeMessage(error, url);
    throw error;
  };

  let migrated: Promise<number> | undefined;
  const migrate = (): Promise<number> => {
    migrated ??= applyMigrations(pool).catch((error: unknown) => {
      migrated = undefined; // try again on the next call (the database may be back)
      return fail(error);
    });
    return migrated;
  };

  async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    try {
      await migrate();
      return (await pool.query<R>(text, values)).rows;
    } catch (error) {
      return fail(error);
    }
  }

  async function transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient | undefined;
    try {
      await migrate();
      client = await pool.connect();
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      if (client) {
        await client.query('ROLLBACK').catch(() => undefined);
        // A connection that saw an error is not reused: it may be broken.
        client.release(true);
      }
      return fail(error);
    }
  }

  async function withDeliveries(client: pg.PoolClient | pg.Pool, rows: LeadRow[]) {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => Number(r.id));
    const deliveries = (await client.query<OutboxRow>(`SELECT ${OUTBOX_COLUMNS} FROM outbox WHERE lead_id = ANY($1::bigint[]) ORDER BY id`, [ids])).rows;
    return rows.map((r) => toStoredLead(r, deliveries));
  }

  const leads: LeadRepository = {
    submit: (lead: NewLead, ctx: SubmitContext) =>
      transaction(async (c): Promise<SubmitOutcome> => {
        const policy = ctx.policy ?? DEFAULT_RATE_LIMIT;
        await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2)), pg_advisory_xact_lock($3, hashtext($4))', [LOCK_FINGERPRINT, lead.fingerprint, LOCK_CLIENT, ctx.clientKey]);
        const duplicate = await c.query<{ id: string }>('SELECT id FROM leads WHERE fingerprint = $1 AND created_at > $2 ORDER BY created_at DESC LIMIT 1', [
          lead.fingerprint,
          ctx.now - lead.dedupeWindowMs,
        ]);
        if (duplicate.rows[0]) return { status: 'duplicate', id: Number(duplicate.rows[0].id) };
        const events = await c.query<{ at: string }>('SELECT at FROM rate_events WHERE client_key = $1 AND at > $2', [ctx.clientKey, ctx.now - policy.windowMs]);
        const decision = evaluateRateLimit(events.rows.map((r) => Number(r.at)), ctx.now, policy);
        if (decision.limited) return { status: 'rateLimited', retryAfterMs: decision.retryAfterMs };
        const { input } = lead;
        const inserted = await c.query<{ id: string }>(
          `INSERT INTO leads (created_at, lang, name, company, email, phone, topic, message, consent_at, privacy_version, fingerprint, origin_path, origin_title)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
          [ctx.now, input.lang, input.name, input.company, input.email, input.phone ?? null, input.topic, input.message, lead.consent.at, lead.consent.privacyVersion, lead.fingerprint, lead.origin.path ?? null, lead.origin.title ?? null],
        );
        const id = Number(inserted.rows[0]?.id);
        // Only this client's old events: pruning everyone's here would make concurrent requests wait on each other's rows.
        await c.query('DELETE FROM rate_events WHERE client_key = $1 AND at <= $2', [ctx.clientKey, ctx.now - policy.windowMs]);
        await c.query('INSERT INTO rate_events (client_key, at) VALUES ($1, $2)', [ctx.clientKey, ctx.now]);
        if (lead.channels.length > 0) {
          await c.query(
            `INSERT INTO outbox (lead_id, channel, state, attempts, next_attempt_at, delivery_key, created_at)
             SELECT $1, channel, 'pending', 0, $2, key, $2 FROM unnest($3::text[], $4::text[]) AS t (channel, key)`,
            [id, ctx.now, lead.channels, lead.channels.map(() => randomUUID())],
          );
        }
        return { status: 'stored', id };
      }),
    list: async ({ limit = 1000 } = {}) => {
      const rows = await query<LeadRow>(`SELECT ${LEAD_COLUMNS} FROM leads ORDER BY created_at DESC, id DESC LIMIT $1`, [limit]);
      return withDeliveries(pool, rows).catch(fail);
    },
    get: async (id) => {
      const rows = await query<LeadRow>(`SELECT ${LEAD_COLUMNS} FROM leads WHERE id = $1`, [id]);
      return (await withDeliveries(pool, rows).catch(fail))[0];
    },
    remove: async (id) => (await query('DELETE FROM leads WHERE id = $1 RETURNING id', [id])).length > 0,
    markHandled: async (id, at) => (await query('UPDATE leads SET handled_at = $1 WHERE id = $2 RETURNING id', [at, id])).length > 0,
    purgeOlderThan: (before) =>
      transaction(async (c) => {
        await c.query('DELETE FROM rate_events WHERE at < $1', [before]);
        return (await c.query('DELETE FROM leads WHERE created_at < $1', [before])).rowCount ?? 0;
      }),
  };

  const outbox: OutboxRepository = {
    claimDue: (now, limit, leaseMs) =>
      transaction(async (c): Promise<OutboxItem[]> => {
        const claimed = (
          await c.query<OutboxRow>(
            `UPDATE outbox SET state = 'sending', lease_until = $2, attempts = attempts + 1
             WHERE id IN (
               SELECT id FROM outbox
               WHERE (state = 'pending' AND next_attempt_at <= $1) OR (state = 'sending' AND lease_until <= $1)
               ORDER BY next_attempt_at, id LIMIT $3
               FOR UPDATE SKIP LOCKED)
             RETURNING ${OUTBOX_COLUMNS}`,
            [now, now + leaseMs, limit],
          )
        ).rows.sort((a, b) => Number(a.id) - Number(b.id));
        if (claimed.length === 0) return [];
        const leadIds = [...new Set(claimed.map((r) => Number(r.lead_id)))];
        const rows = (await c.query<LeadRow>(`SELECT ${LEAD_COLUMNS} FROM leads WHERE id = ANY($1::bigint[])`, [leadIds])).rows;
        const byId = new Map((await withDeliveries(c, rows)).map((l) => [l.id, l]));
        return claimed.flatMap((r) => {
          const lead = byId.get(Number(r.lead_id));
          return lead ? [{ id: Number(r.id), leadId: lead.id, channel: r.channel, attempts: Number(r.attempts), deliveryKey: r.delivery_key, lead }] : [];
        });
      }),
    markSent: async (id, at) => void (await query("UPDATE outbox SET state = 'sent', sent_at = $1, lease_until = NULL WHERE id = $2", [at, id])),
    markRetry: async (id, nextAttemptAt, error) =>
      void (await query("UPDATE outbox SET state = 'pending', next_attempt_at = $1, last_error = $2, lease_until = NULL WHERE id = $3", [nextAttemptAt, error, id])),
    markFailed: async (id, error) => void (await query("UPDATE outbox SET state = 'failed', last_error = $1, lease_until = NULL WHERE id = $2", [error, id])),
    requeueFailed: async (leadId, now) =>
      (await query("UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = $1, lease_until = NULL WHERE lead_id = $2 AND state = 'failed' RETURNING id", [now, leadId])).length,
    nextDue: async () => {
      const rows = await query<{ due: string | null }>(
        "SELECT MIN(CASE WHEN state = 'pending' THEN next_attempt_at ELSE lease_until END) AS due FROM outbox WHERE state IN ('pending', 'sending')",
      );
      const due = rows[0]?.due;
      return due === null || due === undefined ? undefined : Number(due);
    },
  };

  const salts = memoSalt(async (day) => {
    const existing = await query<{ salt: string }>('SELECT salt FROM daily_salts WHERE day = $1', [day]);
    if (existing[0]) return existing[0].salt;
    return transaction(async (c) => {
      // ON CONFLICT: instances starting a new day together agree on the first salt written.
      const inserted = await c.query('INSERT INTO daily_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING RETURNING day', [day, randomBytes(32).toString('hex')]);
      if (inserted.rowCount) {
        await c.query('DELETE FROM daily_salts WHERE day <> $1', [day]);
        await c.query('DELETE FROM read_visitors WHERE day <> $1', [day]);
        // Rate events older than a day are no longer needed by any policy (submit prunes per client).
        await c.query('DELETE FROM rate_events WHERE at < $1', [Date.parse(`${day}T00:00:00Z`) - 24 * 60 * 60 * 1000]);
      }
      const row = await c.query<{ salt: string }>('SELECT salt FROM daily_salts WHERE day = $1', [day]);
      return row.rows[0]?.salt ?? '';
    });
  });

  const reads: ReadRepository = {
    record: async ({ day, lang, slug, visitor }) => {
      // One statement: the count goes up only when the visitor row was new.
      const rows = await query(
        `WITH v AS (
           INSERT INTO read_visitors (day, lang, slug, visitor) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1
         )
         INSERT INTO read_counts (day, lang, slug, reads) SELECT $1, $2, $3, 1 FROM v
         ON CONFLICT (day, lang, slug) DO UPDATE SET reads = read_counts.reads + 1
         RETURNING 1`,
        [day, lang, slug, visitor],
      );
      return rows.length > 0;
    },
    top: async (lang, sinceDay, limit) =>
      (
        await query<{ slug: string; reads: string }>(
          `SELECT slug, SUM(reads) AS reads FROM read_counts WHERE lang = $1 AND day >= $2
           GROUP BY slug ORDER BY SUM(reads) DESC, slug ASC LIMIT $3`,
          [lang, sinceDay, limit],
        )
      ).map((r) => ({ slug: r.slug, reads: Number(r.reads) })),
    dailySalt: (day) => salts(day),
  };

  return {
    kind: 'postgres',
    leads,
    outbox,
    reads,
    ping: async () => {
      try {
        await pool.query('SELECT 1');
      } catch (error) {
        fail(error);
      }
    },
    migrate,
    close: () => pool.end(),
  };
}

/** Applies the missing steps under a session advisory lock: one instance migrates, the others wait and then see it done. */
async function applyMigrations(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)');
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      for (const step of postgresMigrations) {
        if (done.has(step.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(step.sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [step.version, step.name, Date.now()]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }
      const latest = await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
      return latest.rows[0]?.v ?? 0;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    client.release(broken);
  }
}
