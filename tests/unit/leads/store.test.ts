import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type SqliteDatabase } from '@/lib/db/sqlite';
import { leadFingerprint } from '@/lib/leads/fingerprint';
import { parseLead, type LeadInput } from '@/lib/leads/schema';
import { createSqliteLeadStore, type LeadStore } from '@/lib/leads/store';
import { submitLead } from '@/lib/leads/submit';

function lead(overrides: Partial<Record<string, string>> = {}): LeadInput {
  const parsed = parseLead({
    lang: 'de',
    name: 'Anna Schmidt',
    company: 'Beispiel AG',
    email: 'anna@example.de',
    topic: 'workshop',
    message: 'Bitte meldet euch wegen eines Workshops.',
    consent: 'on',
    ...overrides,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

let dir: string;
let db: SqliteDatabase;
let store: LeadStore;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leads-store-'));
  db = openDatabase(path.join(dir, 'test.sqlite'));
  store = createSqliteLeadStore(db);
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('lead deduplication', () => {
  it('stores a resubmission within a minute once', async () => {
    const first = await store.submit(lead(), { clientKey: 'a', now: 100_000 });
    const again = await store.submit(lead(), { clientKey: 'a', now: 159_000 });
    expect(first.status).toBe('stored');
    expect(again).toEqual({ status: 'duplicate', id: (first as { id: number }).id });
    expect(await store.list()).toHaveLength(1);
  });

  it('treats case and whitespace differences as the same request', () => {
    const a = lead();
    const b = lead({ email: 'ANNA@example.de', message: 'Bitte  meldet euch wegen eines   Workshops.' });
    expect(leadFingerprint(a)).toBe(leadFingerprint(b));
  });

  it('stores the same request again after the minute has passed', async () => {
    await store.submit(lead(), { clientKey: 'a', now: 100_000 });
    const later = await store.submit(lead(), { clientKey: 'a', now: 160_001 });
    expect(later.status).toBe('stored');
    expect(await store.list()).toHaveLength(2);
  });

  it('stores different requests from the same client', async () => {
    await store.submit(lead(), { clientKey: 'a', now: 100_000 });
    const other = await store.submit(lead({ message: 'Eine ganz andere Frage zur Schulung.' }), { clientKey: 'a', now: 100_500 });
    expect(other.status).toBe('stored');
  });
});

describe('lead rate limit', () => {
  it('answers the sixth request in ten minutes with rateLimited and stores nothing more', async () => {
    const policy = { limit: 5, windowMs: 600_000 };
    for (let i = 0; i < 5; i++) {
      const r = await store.submit(lead({ message: `Anfrage Nummer ${i} zum Thema KI.` }), { clientKey: 'k', now: 1_000_000 + i, policy });
      expect(r.status).toBe('stored');
    }
    const sixth = await store.submit(lead({ message: 'Anfrage Nummer 6 zum Thema KI.' }), { clientKey: 'k', now: 1_000_010, policy });
    expect(sixth).toEqual({ status: 'rateLimited', retryAfterMs: 599_990 });
    const otherClient = await store.submit(lead({ message: 'Anfrage von woanders zum Thema KI.' }), { clientKey: 'x', now: 1_000_010, policy });
    expect(otherClient.status).toBe('stored');
    expect(await store.list()).toHaveLength(6);
    const afterWindow = await store.submit(lead({ message: 'Anfrage viel später zum Thema KI.' }), { clientKey: 'k', now: 1_600_001, policy });
    expect(afterWindow.status).toBe('stored');
  });
});

describe('submitLead', () => {
  const raw = { lang: 'en', name: 'Sam Lee', company: 'Acme Ltd', email: 'sam@acme.test', topic: 'training', message: 'Training for 20 people, please.', consent: 'on' };

  it('drops a filled honeypot silently', async () => {
    expect(await submitLead(store, { ...raw, website: 'http://spam.test' }, { clientKey: 'a', now: 1 })).toEqual({ status: 'ignored' });
    expect(await store.list()).toHaveLength(0);
  });

  it('returns field errors without storing', async () => {
    expect(await submitLead(store, { ...raw, email: 'nope' }, { clientKey: 'a', now: 1 })).toEqual({ status: 'invalid', errors: { email: 'email' } });
    expect(await store.list()).toHaveLength(0);
  });

  it('lists newest first with text exactly as sent', async () => {
    await submitLead(store, raw, { clientKey: 'a', now: 1000 });
    await submitLead(store, { ...raw, message: '<script>alert(1)</script>' }, { clientKey: 'a', now: 2000 });
    const [newest, oldest] = await store.list();
    expect(newest?.message).toBe('<script>alert(1)</script>');
    expect(newest?.createdAt.getTime()).toBe(2000);
    expect(oldest?.phone).toBeUndefined();
    expect(oldest?.topic).toBe('training');
  });
});
