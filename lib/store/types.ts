import type { LeadInput, LeadTopic } from '@/lib/leads/schema';
import type { RateLimitPolicy } from '@/lib/leads/rate-limit';
import type { Locale } from '@/lib/i18n/settings';

/*
 * The one storage contract of the site. Two implementations: SQLite under DATA_DIR (the embedded
 * default) and PostgreSQL when DATABASE_URL is set. Business rules (validation, dedupe window,
 * rate-limit policy, ranking, retry schedule, retention) live above this interface, once; an
 * implementation only makes each method atomic and durable. Every method is async so both
 * implementations have the same shape.
 */

/** Where a request came from: the article or page the reader was on. */
export interface LeadOrigin {
  /** Site path without origin, e.g. "/de/articles/klarna-halbiert-belegschaft"; undefined when unknown. */
  path?: string;
  /** Headline of that article at submit time, when it was an article. */
  title?: string;
}

/** The consent the reader gave, with the version of the privacy text shown at that moment. */
export interface LeadConsent {
  at: number;
  privacyVersion: string;
}

export type DeliveryChannel = 'email' | 'webhook';
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed';

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
  origin: LeadOrigin;
  consent: LeadConsent;
  /** When a consultant marked it handled. */
  handledAt?: Date;
  /** One entry per outbox notification of this request. */
  deliveries: { id: number; channel: DeliveryChannel; state: DeliveryState; attempts: number; lastError?: string }[];
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

export interface NewLead {
  input: LeadInput;
  /** Precomputed by the rules layer (lib/leads/fingerprint.ts). */
  fingerprint: string;
  dedupeWindowMs: number;
  origin: LeadOrigin;
  consent: LeadConsent;
  /** Channels to notify; one outbox row each, written in the same transaction as the lead. */
  channels: DeliveryChannel[];
}

/** One notification to deliver, as claimed by a worker. */
export interface OutboxItem {
  id: number;
  leadId: number;
  channel: DeliveryChannel;
  attempts: number;
  /** Stable across retries: the Message-ID of the mail / the webhook's delivery id. */
  deliveryKey: string;
  lead: StoredLead;
}

export interface LeadRepository {
  /**
   * In one transaction: dedupe (same fingerprint within the window), rate limit (times of this
   * client's accepted requests within the policy window, decided by evaluateRateLimit), insert the
   * lead, record the rate event, insert one pending outbox row per channel (due now). Durable
   * (committed) before it resolves.
   */
  submit(lead: NewLead, ctx: SubmitContext): Promise<SubmitOutcome>;
  list(options?: { limit?: number }): Promise<StoredLead[]>;
  get(id: number): Promise<StoredLead | undefined>;
  /** Erases one request and its notifications (a data subject's deletion request). */
  remove(id: number): Promise<boolean>;
  markHandled(id: number, at: number): Promise<boolean>;
  /** Deletes requests created before `before` (ms epoch) with their notifications; returns how many. */
  purgeOlderThan(before: number): Promise<number>;
}

export interface OutboxRepository {
  /**
   * Claims up to `limit` rows that are pending and due (next_attempt_at <= now), or 'sending' with an
   * expired lease (a worker died mid-send): sets state 'sending', lease_until = now + leaseMs,
   * attempts + 1, in one statement/transaction so two processes never claim the same row
   * (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: IMMEDIATE transaction).
   */
  claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  markSent(id: number, at: number): Promise<void>;
  /** Back to pending, due again at `nextAttemptAt`, keeping the last error (no personal data in it). */
  markRetry(id: number, nextAttemptAt: number, error: string): Promise<void>;
  markFailed(id: number, error: string): Promise<void>;
  /** Re-queues every failed notification of a lead (attempts reset to 0, due now); returns how many. */
  requeueFailed(leadId: number, now: number): Promise<number>;
  /**
   * When the worker should look again: the earliest next_attempt_at of a pending row or lease_until
   * of a 'sending' row (a worker that died mid-send); undefined when there is nothing to deliver.
   */
  nextDue(): Promise<number | undefined>;
}

export interface ReadCount {
  slug: string;
  reads: number;
}

export interface ReadRepository {
  /** Counts a read unless this visitor already read the article today; true when it was counted. */
  record(read: { day: string; lang: Locale; slug: string; visitor: string }): Promise<boolean>;
  /** Reads per article from `sinceDay` (inclusive), most read first. */
  top(lang: Locale, sinceDay: string, limit: number): Promise<ReadCount[]>;
  /** Today's random salt, shared by every process on this store; a new day deletes older salts and visitor hashes. */
  dailySalt(day: string): Promise<string>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly leads: LeadRepository;
  readonly outbox: OutboxRepository;
  readonly reads: ReadRepository;
  /** Resolves when the store answers a trivial query; rejects with an error that never contains a password. */
  ping(): Promise<void>;
  /**
   * Applies pending schema migrations (PostgreSQL: under an advisory lock, so instances starting
   * together do not race); resolves with the schema version. Every method also migrates on first
   * use, so calling this is only needed to fail early (server start, `npm run db:migrate`).
   */
  migrate(): Promise<number>;
  close(): Promise<void>;
}

const UNAVAILABLE = Symbol.for('technow.StoreUnavailableError');

/**
 * Thrown (or wrapped) when the database cannot be reached; the HTTP layer answers 503.
 * Next bundles each route separately, so the store (one per process, created by whichever bundle
 * came first) may throw another bundle's copy of this class: `instanceof` checks a brand instead of
 * the class identity, so it holds across bundles.
 */
export class StoreUnavailableError extends Error {
  readonly [UNAVAILABLE] = true;
  constructor(message = 'database unavailable') {
    super(message);
    this.name = 'StoreUnavailableError';
  }
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[UNAVAILABLE] === true;
  }
}
