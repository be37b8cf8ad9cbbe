import type Database from 'better-sqlite3';

/**
 * Versioned schema changes, applied in order and recorded in PRAGMA user_version.
 * Append new steps; never edit a step that has shipped.
 */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'leads, rate limit, anonymous reads',
    sql: `
      CREATE TABLE leads (
        id INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,
        lang TEXT NOT NULL,
        name TEXT NOT NULL,
        company TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT,
        topic TEXT NOT NULL,
        message TEXT NOT NULL,
        consent_at INTEGER NOT NULL,
        fingerprint TEXT NOT NULL
      );
      CREATE INDEX leads_by_created ON leads (created_at DESC);
      CREATE INDEX leads_by_fingerprint ON leads (fingerprint, created_at);

      CREATE TABLE rate_events (
        client_key TEXT NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX rate_events_by_key ON rate_events (client_key, at);

      -- One random salt per day; rows of past days are deleted, so old hashes cannot be recomputed.
      CREATE TABLE daily_salts (
        day TEXT PRIMARY KEY,
        salt TEXT NOT NULL
      );

      -- Today's anonymous visitor hashes, only to count one read per visitor, article and day.
      CREATE TABLE read_visitors (
        day TEXT NOT NULL,
        lang TEXT NOT NULL,
        slug TEXT NOT NULL,
        visitor TEXT NOT NULL,
        PRIMARY KEY (day, lang, slug, visitor)
      ) WITHOUT ROWID;

      CREATE TABLE read_counts (
        day TEXT NOT NULL,
        lang TEXT NOT NULL,
        slug TEXT NOT NULL,
        reads INTEGER NOT NULL,
        PRIMARY KEY (day, lang, slug)
      ) WITHOUT ROWID;
      CREATE INDEX read_counts_by_lang_day ON read_counts (lang, day);
    `,
  },
  {
    version: 2,
    name: 'notification outbox; origin, privacy-text version and handled time of a request',
    // Requests stored before this step get no outbox rows: they were never announced, and mailing
    // months-old requests at the first start after an upgrade would surprise the consultants.
    sql: `
      ALTER TABLE leads ADD COLUMN origin_path TEXT;
      ALTER TABLE leads ADD COLUMN origin_title TEXT;
      ALTER TABLE leads ADD COLUMN privacy_version TEXT NOT NULL DEFAULT 'unknown';
      ALTER TABLE leads ADD COLUMN handled_at INTEGER;

      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        lead_id INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        channel TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        lease_until INTEGER,
        last_error TEXT,
        delivery_key TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        sent_at INTEGER
      );
      CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
      CREATE INDEX outbox_by_lead ON outbox (lead_id);
    `,
  },
];

/** Brings a database to the newest schema version inside one write transaction per step. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const step of migrations) {
    if (step.version <= current) continue;
    // IMMEDIATE takes the write lock first, so parallel build workers cannot apply a step twice.
    const apply = db.transaction(() => {
      const now = db.pragma('user_version', { simple: true }) as number;
      if (now >= step.version) return;
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    });
    apply.immediate();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
