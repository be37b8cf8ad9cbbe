import { randomBytes, randomUUID } from 'node:crypto';
import { databasePath, openDatabase, type SqliteDatabase } from '@/lib/db/sqlite';
import { evaluateRateLimit, DEFAULT_RATE_LIMIT } from '@/lib/leads/rate-limit';
import { LEAD_COLUMNS, OUTBOX_COLUMNS, toStoredLead, type LeadRow, type OutboxRow } from '@/lib/store/rows';
import { memoSalt } from '@/lib/store/salt-memo';
import {
  StoreUnavailableError,
  type LeadRepository,
  type NewLead,
  type OutboxItem,
  type OutboxRepository,
  type ReadCount,
  type ReadRepository,
  type Store,
  type SubmitContext,
  type SubmitOutcome,
} from '@/lib/store/types';

/*
 * The embedded store: one SQLite file under DATA_DIR, shared safely by the processes of one
 * machine (WAL, busy timeout, IMMEDIATE transactions). better-sqlite3 is synchronous; the methods
 * are async only to share the contract with PostgreSQL.
 *
 * Two connections: requests and outbox with synchronous=FULL (a confirmed request survives an OS
 * crash), read counts with synchronous=NORMAL (a beacon costs microseconds instead of an fsync).
 * Both are opened on first use, so creating the store never fails; a file that cannot be opened
 * (read-only file system at build time) makes each call reject with StoreUnavailableError.
 */

// SQLite answers these when the file is locked longer than busy_timeout or cannot be opened/written.
const UNAVAILABLE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_FULL', 'ENOTDIR', 'EACCES', 'EROFS', 'ENOENT']);

function unavailable(error: unknown): never {
  if (error instanceof StoreUnavailableError) throw error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && [...UNAVAILABLE_CODES].some((c) => code.startsWith(c))) {
    throw new StoreUnavailableError(`sqlite: ${code}`);
  }
  throw error;
}

function guard<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return fn(...args);
    } catch (error) {
      return unavailable(error);
    }
  };
}

export function createSqliteStore(file = databasePath()): Store {
  let main: SqliteDatabase | undefined;
  let counts: SqliteDatabase | undefined;
  let statements: ReturnType<typeof prepare> | undefined;
  let countStatements: ReturnType<typeof prepareCounts> | undefined;

  // Any failure to open the file (missing or read-only volume, a file where the folder should be) means unavailable.
  const open = (options?: { synchronous: 'NORMAL' }) => {
    try {
      return openDatabase(file, options);
    } catch (error) {
      throw new StoreUnavailableError(`sqlite: cannot open the database (${(error as { code?: string }).code ?? 'error'})`);
    }
  };
  const s = () => {
    if (!statements) {
      main ??= open();
      statements = prepare(main);
    }
    return statements;
  };
  const c = () => {
    if (!countStatements) {
      counts ??= open({ synchronous: 'NORMAL' });
      countStatements = prepareCounts(counts);
    }
    return countStatements;
  };

  const leads: LeadRepository = {
    submit: guard((lead: NewLead, ctx: SubmitContext) => s().submit.immediate(lead, ctx)),
    list: guard(({ limit = 1000 }: { limit?: number } = {}) => s().withDeliveries(s().listLeads.all(limit) as LeadRow[])),
    get: guard((id: number) => {
      const row = s().getLead.get(id) as LeadRow | undefined;
      return row ? s().withDeliveries([row])[0] : undefined;
    }),
    remove: guard((id: number) => s().deleteLead.run(id).changes > 0),
    markHandled: guard((id: number, at: number) => s().markHandled.run(at, id).changes > 0),
    purgeOlderThan: guard((before: number) => s().purge.immediate(before)),
  };

  const outbox: OutboxRepository = {
    claimDue: guard((now: number, limit: number, leaseMs: number) => s().claim.immediate(now, limit, leaseMs)),
    markSent: guard((id: number, at: number) => void s().markSent.run(at, id)),
    markRetry: guard((id: number, nextAttemptAt: number, error: string) => void s().markRetry.run(nextAttemptAt, error, id)),
    markFailed: guard((id: number, error: string) => void s().markFailed.run(error, id)),
    requeueFailed: guard((leadId: number, now: number) => s().requeue.run(now, leadId).changes),
    nextDue: guard(() => {
      const v = s().nextDue.get() as number | null | undefined;
      return v === null || v === undefined ? undefined : Number(v);
    }),
  };

  const salts = memoSalt((day) => s().dailySalt.immediate(day));
  const reads: ReadRepository = {
    record: guard(({ day, lang, slug, visitor }) => c().record.immediate(day, lang, slug, visitor)),
    top: guard((lang, sinceDay, limit) => c().top.all(lang, sinceDay, limit) as ReadCount[]),
    dailySalt: (day) => salts(day).catch(unavailable),
  };

  return {
    kind: 'sqlite',
    leads,
    outbox,
    reads,
    ping: guard(() => void s().ping.get()),
    migrate: guard(() => {
      s();
      return Number(main?.pragma('user_version', { simple: true }));
    }),
    close: async () => {
      main?.close();
      counts?.close();
      main = counts = undefined;
      statements = undefined;
      countStatements = undefined;
    },
  };
}

function prepare(db: SqliteDatabase) {
  const findDuplicate = db.prepare('SELECT id FROM leads WHERE fingerprint = ? AND created_at > ? ORDER BY created_at DESC LIMIT 1').pluck();
  const recentEvents = db.prepare('SELECT at FROM rate_events WHERE client_key = ? AND at > ?').pluck();
  const insertLead = db.prepare(
    `INSERT INTO leads (created_at, lang, name, company, email, phone, topic, message, consent_at, privacy_version, fingerprint, origin_path, origin_title)
     VALUES (@createdAt, @lang, @name, @company, @email, @phone, @topic, @message, @consentAt, @privacyVersion, @fingerprint, @originPath, @originTitle)`,
  );
  const insertEvent = db.prepare('INSERT INTO rate_events (client_key, at) VALUES (?, ?)');
  const pruneEvents = db.prepare('DELETE FROM rate_events WHERE at <= ?');
  const insertOutbox = db.prepare('INSERT INTO outbox (lead_id, channel, state, attempts, next_attempt_at, delivery_key, created_at) VALUES (?, ?, ?, 0, ?, ?, ?)');
  const listLeads = db.prepare(`SELECT ${LEAD_COLUMNS} FROM leads ORDER BY created_at DESC, id DESC LIMIT ?`);
  const getLead = db.prepare(`SELECT ${LEAD_COLUMNS} FROM leads WHERE id = ?`);
  const deliveriesOf = db.prepare(`SELECT ${OUTBOX_COLUMNS} FROM outbox WHERE lead_id IN (SELECT value FROM json_each(?)) ORDER BY id`);
  const deleteLead = db.prepare('DELETE FROM leads WHERE id = ?');
  const markHandled = db.prepare('UPDATE leads SET handled_at = ? WHERE id = ?');
  const purgeLeads = db.prepare('DELETE FROM leads WHERE created_at < ?');
  const pruneAllEvents = db.prepare('DELETE FROM rate_events WHERE at < ?');
  const due = db.prepare(
    `SELECT id FROM outbox WHERE (state = 'pending' AND next_attempt_at <= @now) OR (state = 'sending' AND lease_until <= @now)
     ORDER BY next_attempt_at, id LIMIT @limit`,
  ).pluck();
  const claimOne = db.prepare(`UPDATE outbox SET state = 'sending', lease_until = ?, attempts = attempts + 1 WHERE id = ? RETURNING ${OUTBOX_COLUMNS}`);
  const markSent = db.prepare("UPDATE outbox SET state = 'sent', sent_at = ?, lease_until = NULL WHERE id = ?");
  const markRetry = db.prepare("UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = ?, lease_until = NULL WHERE id = ?");
  const markFailed = db.prepare("UPDATE outbox SET state = 'failed', last_error = ?, lease_until = NULL WHERE id = ?");
  const requeue = db.prepare("UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?, lease_until = NULL WHERE lead_id = ? AND state = 'failed'");
  const nextDue = db
    .prepare("SELECT MIN(CASE WHEN state = 'pending' THEN next_attempt_at ELSE lease_until END) FROM outbox WHERE state IN ('pending', 'sending')")
    .pluck();
  const saltOf = db.prepare('SELECT salt FROM daily_salts WHERE day = ?').pluck();
  const insertSalt = db.prepare('INSERT OR IGNORE INTO daily_salts (day, salt) VALUES (?, ?)');
  const deleteOldSalts = db.prepare('DELETE FROM daily_salts WHERE day <> ?');
  const deleteOldVisitors = db.prepare('DELETE FROM read_visitors WHERE day <> ?');
  const ping = db.prepare('SELECT 1');

  const withDeliveries = (rows: LeadRow[]) => {
    if (rows.length === 0) return [];
    const deliveries = deliveriesOf.all(JSON.stringify(rows.map((r) => Number(r.id)))) as OutboxRow[];
    return rows.map((r) => toStoredLead(r, deliveries));
  };

  const submit = db.transaction((lead: NewLead, ctx: SubmitContext): SubmitOutcome => {
    const policy = ctx.policy ?? DEFAULT_RATE_LIMIT;
    const duplicate = findDuplicate.get(lead.fingerprint, ctx.now - lead.dedupeWindowMs) as number | undefined;
    if (duplicate !== undefined) return { status: 'duplicate', id: duplicate };
    const times = recentEvents.all(ctx.clientKey, ctx.now - policy.windowMs) as number[];
    const decision = evaluateRateLimit(times, ctx.now, policy);
    if (decision.limited) return { status: 'rateLimited', retryAfterMs: decision.retryAfterMs };
    const { input } = lead;
    const id = Number(
      insertLead.run({
        createdAt: ctx.now,
        lang: input.lang,
        name: input.name,
        company: input.company,
        email: input.email,
        phone: input.phone ?? null,
        topic: input.topic,
        message: input.message,
        consentAt: lead.consent.at,
        privacyVersion: lead.consent.privacyVersion,
        fingerprint: lead.fingerprint,
        originPath: lead.origin.path ?? null,
        originTitle: lead.origin.title ?? null,
      }).lastInsertRowid,
    );
    insertEvent.run(ctx.clientKey, ctx.now);
    pruneEvents.run(ctx.now - policy.windowMs);
    for (const channel of lead.channels) insertOutbox.run(id, channel, 'pending', ctx.now, randomUUID(), ctx.now);
    return { status: 'stored', id };
  });

  const claim = db.transaction((now: number, limit: number, leaseMs: number): OutboxItem[] => {
    const ids = due.all({ now, limit }) as number[];
    const claimed = ids.map((id) => claimOne.get(now + leaseMs, id) as OutboxRow);
    if (claimed.length === 0) return [];
    const leadIds = [...new Set(claimed.map((r) => Number(r.lead_id)))];
    const leadsById = new Map(withDeliveries(leadIds.map((id) => getLead.get(id) as LeadRow)).map((l) => [l.id, l]));
    return claimed.flatMap((r) => {
      const lead = leadsById.get(Number(r.lead_id));
      return lead ? [{ id: Number(r.id), leadId: lead.id, channel: r.channel, attempts: Number(r.attempts), deliveryKey: r.delivery_key, lead }] : [];
    });
  });

  const purge = db.transaction((before: number): number => {
    pruneAllEvents.run(before);
    return purgeLeads.run(before).changes;
  });

  const dailySalt = db.transaction((day: string): string => {
    const existing = saltOf.get(day) as string | undefined;
    if (existing) return existing;
    insertSalt.run(day, randomBytes(32).toString('hex'));
    deleteOldSalts.run(day);
    deleteOldVisitors.run(day);
    return saltOf.get(day) as string;
  });

  return {
    submit,
    claim,
    purge,
    dailySalt,
    withDeliveries,
    listLeads,
    getLead,
    deleteLead,
    markHandled,
    markSent,
    markRetry,
    markFailed,
    requeue,
    nextDue,
    ping,
  };
}

function prepareCounts(db: SqliteDatabase) {
  const insertVisitor = db.prepare('INSERT OR IGNORE INTO read_visitors (day, lang, slug, visitor) VALUES (?, ?, ?, ?)');
  const bump = db.prepare(
    `INSERT INTO read_counts (day, lang, slug, reads) VALUES (?, ?, ?, 1)
     ON CONFLICT (day, lang, slug) DO UPDATE SET reads = reads + 1`,
  );
  const top = db.prepare(
    `SELECT slug, SUM(reads) AS reads FROM read_counts WHERE lang = ? AND day >= ?
     GROUP BY slug ORDER BY reads DESC, slug ASC LIMIT ?`,
  );
  const record = db.transaction((day: string, lang: string, slug: string, visitor: string): boolean => {
    if (insertVisitor.run(day, lang, slug, visitor).changes === 0) return false;
    bump.run(day, lang, slug);
    return true;
  });
  return { record, top };
}
