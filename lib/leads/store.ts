import { DEDUPE_WINDOW_MS, leadFingerprint } from '@/lib/leads/fingerprint';
import { DEFAULT_RATE_LIMIT, evaluateRateLimit, type RateLimitPolicy } from '@/lib/leads/rate-limit';
import type { LeadInput, LeadTopic } from '@/lib/leads/schema';
import type { SqliteDatabase } from '@/lib/db/sqlite';
import type { Locale } from '@/lib/i18n/settings';

/** A request as stored; every text field is plain text and must only ever be rendered as text. */
export interface StoredLead {
  id: number;
  createdAt: Date;
  lang: Locale;
  name: string;
  company: string;
  email: string;
  phone?: string;
  topic: LeadTopic;
  message: string;
}

export type SubmitOutcome =
  | { status: 'stored'; id: number }
  | { status: 'duplicate'; id: number }
  | { status: 'rateLimited'; retryAfterMs: number };

export interface SubmitContext {
  /** Anonymous, salted client key (never a raw IP). */
  clientKey: string;
  now: number;
  policy?: RateLimitPolicy;
}

/**
 * Storage of consulting requests. Small on purpose so a PostgreSQL adapter can implement it
 * (see docs/storage.md). `submit` must be atomic and durable before it returns.
 */
export interface LeadStore {
  submit(lead: LeadInput, ctx: SubmitContext): SubmitOutcome | Promise<SubmitOutcome>;
  list(options?: { limit?: number }): StoredLead[] | Promise<StoredLead[]>;
  /** Erases one request (a data subject's deletion request); true when it existed. */
  remove(id: number): boolean | Promise<boolean>;
}

interface LeadRow {
  id: number;
  created_at: number;
  lang: Locale;
  name: string;
  company: string;
  email: string;
  phone: string | null;
  topic: LeadTopic;
  message: string;
}

/** LeadStore on one SQLite file: dedupe, rate limit and insert in one IMMEDIATE transaction. */
export function createSqliteLeadStore(db: SqliteDatabase): LeadStore {
  const findDuplicate = db.prepare('SELECT id FROM leads WHERE fingerprint = ? AND created_at > ? ORDER BY created_at DESC LIMIT 1').pluck();
  const recentEvents = db.prepare('SELECT at FROM rate_events WHERE client_key = ? AND at > ?').pluck();
  const insertLead = db.prepare(
    `INSERT INTO leads (created_at, lang, name, company, email, phone, topic, message, consent_at, fingerprint)
     VALUES (@createdAt, @lang, @name, @company, @email, @phone, @topic, @message, @createdAt, @fingerprint)`,
  );
  const insertEvent = db.prepare('INSERT INTO rate_events (client_key, at) VALUES (?, ?)');
  const pruneEvents = db.prepare('DELETE FROM rate_events WHERE at <= ?');
  const deleteLead = db.prepare('DELETE FROM leads WHERE id = ?');
  const listLeads = db.prepare('SELECT id, created_at, lang, name, company, email, phone, topic, message FROM leads ORDER BY created_at DESC, id DESC LIMIT ?');

  const submit = db.transaction((lead: LeadInput, ctx: SubmitContext): SubmitOutcome => {
    const policy = ctx.policy ?? DEFAULT_RATE_LIMIT;
    const fingerprint = leadFingerprint(lead);
    const duplicate = findDuplicate.get(fingerprint, ctx.now - DEDUPE_WINDOW_MS) as number | undefined;
    if (duplicate !== undefined) return { status: 'duplicate', id: duplicate };
    const times = recentEvents.all(ctx.clientKey, ctx.now - policy.windowMs) as number[];
    const decision = evaluateRateLimit(times, ctx.now, policy);
    if (decision.limited) return { status: 'rateLimited', retryAfterMs: decision.retryAfterMs };
    const info = insertLead.run({
      createdAt: ctx.now,
      lang: lead.lang,
      name: lead.name,
      company: lead.company,
      email: lead.email,
      phone: lead.phone ?? null,
      topic: lead.topic,
      message: lead.message,
      fingerprint,
    });
    insertEvent.run(ctx.clientKey, ctx.now);
    pruneEvents.run(ctx.now - policy.windowMs);
    return { status: 'stored', id: Number(info.lastInsertRowid) };
  });

  return {
    // IMMEDIATE: two requests cannot both pass the duplicate check; COMMIT (synchronous=FULL) returns after fsync.
    submit: (lead, ctx) => submit.immediate(lead, ctx),
    remove: (id) => deleteLead.run(id).changes > 0,
    list: ({ limit = 1000 } = {}) =>
      (listLeads.all(limit) as LeadRow[]).map((r) => ({
        id: r.id,
        createdAt: new Date(r.created_at),
        lang: r.lang,
        name: r.name,
        company: r.company,
        email: r.email,
        ...(r.phone ? { phone: r.phone } : {}),
        topic: r.topic,
        message: r.message,
      })),
  };
}
