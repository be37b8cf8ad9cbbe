import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RetryPolicy } from '@/lib/delivery/backoff';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmailSender, createWebhookSender, type Sender } from '@/lib/delivery/senders';
import { SIGNATURE_HEADER, verifyWebhookSignature } from '@/lib/delivery/webhook';
import { startDeliveryWorker, stopDeliveryWorker } from '@/lib/delivery/start';
import { DeliveryWorker, type WorkerOptions } from '@/lib/delivery/worker';
import { databasePath } from '@/lib/db/sqlite';
import { acceptLead } from '@/lib/leads/accept';
import { getStore, openStore } from '@/lib/store';
import type { Store } from '@/lib/store/types';
import { inCI, postgresMissingReason } from '../helpers/postgres';
import { createTestSmtp, type TestSmtp } from '../helpers/smtp';
import { openBackend, STORE_KINDS, type Backend } from '../helpers/store-backends';

/*
 * The outbox worker on both real stores (a SQLite file; a throw-away PostgreSQL cluster, skipped with
 * the reason where PostgreSQL is missing, required in CI) and a real SMTP server on loopback.
 * Requests enter through acceptLead, the same function the route handler calls (getStore() follows
 * DATA_DIR / DATABASE_URL). Delays are shortened through the
 * worker's retry policy and poll interval, never by faking the code under test.
 */

const FAST: RetryPolicy = { baseMs: 40, maxMs: 200, jitter: 0, maxPermanentAttempts: 2, giveUpAfterMs: 60 * 60_000 };
const TO = 'beratung@technow.example';

let dataDir: string;
let saved: { DATA_DIR?: string; DATABASE_URL?: string } = {};
let smtp: TestSmtp | undefined;
const workers: DeliveryWorker[] = [];
const extraStores: Store[] = [];
let lines: string[] = [];
let clients = 0;
/** Another connection to the database of this test (a second process or instance). */
let another: () => Store;

const missing = postgresMissingReason();

function restore(name: 'DATA_DIR' | 'DATABASE_URL') {
  const value = saved[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  await stopDeliveryWorker();
  await Promise.all(extraStores.splice(0).map((s) => s.close()));
  await smtp?.stop();
  smtp = undefined;
  restore('DATA_DIR');
  restore('DATABASE_URL');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function fields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    lang: 'de',
    name: 'Erika Mustermann',
    company: 'Muster Maschinenbau GmbH',
    email: 'erika@muster.example',
    phone: '+49 30 123456',
    topic: 'compliance',
    message: `Wir brauchen Hilfe mit dem EU AI Act. (${Math.random()})`,
    consent: 'on',
    ...overrides,
  };
}

async function accept(overrides: Record<string, string> = {}, now = Date.now()): Promise<number> {
  clients += 1;
  const result = await acceptLead({
    fields: fields(overrides),
    clientAddress: `192.0.2.${clients % 250}`,
    origin: { path: '/de/articles/eu-ai-act-tritt-in-kraft', title: 'EU AI Act tritt in Kraft' },
    now,
  });
  if (result.status !== 'stored') throw new Error(`expected stored, got ${result.status}`);
  return result.id;
}

function mailSender(s: TestSmtp): Sender {
  return createEmailSender({ smtpUrl: s.url, to: TO, from: { name: 'TechNow Website', address: 'noreply@technow.example' } }, { timeoutMs: 5_000 });
}

function worker(store: Store, options: Partial<WorkerOptions> & Pick<WorkerOptions, 'senders'>): DeliveryWorker {
  const w = new DeliveryWorker(store, { pollMs: 30, retry: FAST, purgeEveryMs: 0, log: (l) => lines.push(l), ...options });
  workers.push(w);
  return w;
}

async function deliveryState(id: number): Promise<string | undefined> {
  return (await getStore().leads.get(id))?.deliveries.find((d) => d.channel === 'email')?.state;
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(STORE_KINDS)('delivery worker on the %s store with a real SMTP server', (kind) => {
  const skip = kind === 'postgres' && missing !== undefined && !inCI;
  let pg: Backend | undefined;

  beforeAll(async () => {
    if (skip || kind !== 'postgres') return;
    if (missing) throw new Error(`CI must test delivery on PostgreSQL: ${missing}`);
    pg = await openBackend('postgres');
  }, 120_000);
  afterAll(async () => {
    if (pg) {
      saved = { DATABASE_URL: process.env.DATABASE_URL };
      process.env.DATABASE_URL = pg.cluster!.url;
      await getStore().close();
      restore('DATABASE_URL');
      await pg.destroy();
    }
  }, 60_000);

  beforeEach(async () => {
    saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'delivery-'));
    process.env.DATA_DIR = dataDir;
    lines = [];
    if (kind === 'sqlite') {
      delete process.env.DATABASE_URL;
      another = () => {
        const s = openStore({ kind: 'sqlite', file: databasePath(dataDir) });
        extraStores.push(s);
        return s;
      };
    } else if (pg) {
      process.env.DATABASE_URL = pg.cluster!.url;
      await pg.reset();
      another = () => {
        const s = openStore({ kind: 'postgres', url: pg!.cluster!.url });
        extraStores.push(s);
        return s;
      };
    }
  });

  describe.skipIf(skip)(`delivery${skip ? ` (skipped: ${missing})` : ''}`, () => {
    it('delivers a request accepted through acceptLead as one mail with every field and the right Reply-To', async () => {
      smtp = await createTestSmtp();
      const id = await accept();
      worker(getStore(), { senders: { email: mailSender(smtp) } }).start();
      const [mail] = await smtp.waitFor(1);
      await until(async () => (await deliveryState(id)) === 'sent', 'state sent');
      const m = mail!.parsed;
      expect(mail!.envelope.to).toEqual([TO]);
      expect(m.header('reply-to')).toBe('Erika Mustermann <erika@muster.example>');
      expect(m.header('subject')).toBe('Beratungsanfrage: Governance & EU AI Act – Muster Maschinenbau GmbH (Erika Mustermann)');
      for (const value of ['Erika Mustermann', 'Muster Maschinenbau GmbH', 'erika@muster.example', '+49 30 123456', 'Governance & EU AI Act', 'EU AI Act tritt in Kraft', '/de/articles/eu-ai-act-tritt-in-kraft', 'Wir brauchen Hilfe mit dem EU AI Act.', `Anfrage-Nr.:  ${id}`]) {
        expect(m.text).toContain(value);
      }
      expect(m.html).toContain('Governance &amp; EU AI Act');
      await new Promise((r) => setTimeout(r, 200));
      expect(smtp.received).toHaveLength(1);
    });

    it('keeps confirming while the mail server is down and delivers once it is back, without a restart', async () => {
      smtp = await createTestSmtp({ listen: false });
      worker(getStore(), { senders: { email: mailSender(smtp) } }).start();
      const ids = [await accept(), await accept()];
      await until(() => lines.filter((l) => l.includes('connection error')).length >= 4, 'failed attempts');
      // Waiting for its next try (or in one, if the worker is just at it): neither sent nor failed.
      expect(['pending', 'sending']).toContain(await deliveryState(ids[0]!));
      for (const line of lines) {
        expect(line).not.toContain('Erika');
        expect(line).not.toContain('muster.example');
      }
      await smtp.start();
      await smtp.waitFor(2);
      await until(async () => (await deliveryState(ids[1]!)) === 'sent', 'state sent');
      expect(new Set(smtp.received.map((r) => r.parsed.header('message-id'))).size).toBe(2);
    });

    it('retries a 4xx answer and delivers on a later attempt', async () => {
      smtp = await createTestSmtp();
      smtp.mode = 'tempfail';
      const id = await accept();
      worker(getStore(), { senders: { email: mailSender(smtp) } }).start();
      await until(() => smtp!.refused >= 2, 'two refusals');
      expect(lines.some((l) => /attempt \d+ failed: SMTP 451; next try in/.test(l))).toBe(true);
      smtp.mode = 'accept';
      await smtp.waitFor(1);
      await until(async () => (await deliveryState(id)) === 'sent', 'state sent');
    });

    it('marks a 5xx failed after a bounded number of tries; requeueFailed (leads -- retry) sends it', async () => {
      smtp = await createTestSmtp();
      smtp.mode = 'permfail';
      const id = await accept();
      worker(getStore(), { senders: { email: mailSender(smtp) } }).start();
      await until(async () => (await deliveryState(id)) === 'failed', 'state failed');
      expect(smtp.refused).toBe(FAST.maxPermanentAttempts);
      const failed = (await getStore().leads.get(id))!.deliveries[0]!;
      expect(failed.lastError).toBe('SMTP 550');
      expect(lines.some((l) => l.includes('SMTP 550; marked failed'))).toBe(true);
      // Failed stays failed: nothing more is tried.
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.refused).toBe(FAST.maxPermanentAttempts);

      smtp.mode = 'accept';
      expect(await getStore().outbox.requeueFailed(id, Date.now())).toBe(1);
      await smtp.waitFor(1);
      await until(async () => (await deliveryState(id)) === 'sent', 'state sent');
    });

    it('two workers on two connections to one database send each mail exactly once', async () => {
      smtp = await createTestSmtp();
      const other = another();
      const ids: number[] = [];
      for (let i = 0; i < 12; i++) ids.push(await accept());
      const a = worker(getStore(), { senders: { email: mailSender(smtp) }, batchSize: 2 });
      const b = worker(other, { senders: { email: mailSender(smtp) }, batchSize: 2 });
      a.start();
      b.start();
      await smtp.waitFor(12);
      await until(async () => (await Promise.all(ids.map(deliveryState))).every((s) => s === 'sent'), 'all sent');
      await new Promise((r) => setTimeout(r, 300));
      const messageIds = smtp.received.map((r) => r.parsed.header('message-id'));
      expect(messageIds).toHaveLength(12);
      expect(new Set(messageIds).size).toBe(12);
    });

    it('sends the same mail again (same Message-ID) when a worker died between sending and recording', async () => {
      smtp = await createTestSmtp();
      await accept();
      const store = getStore();
      // The dying worker: claims with a 1 s lease, sends, and never records it.
      const [claimed] = await store.outbox.claimDue(Date.now(), 1, 1_000);
      expect(await mailSender(smtp).send(claimed!)).toEqual({ ok: true });
      // Another worker sees nothing while the lease runs, then takes the row over.
      const survivor = worker(store, { senders: { email: mailSender(smtp) } });
      expect((await survivor.runOnce()).claimed).toBe(0);
      survivor.start();
      await smtp.waitFor(2);
      await until(async () => (await deliveryState(claimed!.leadId)) === 'sent', 'state sent');
      expect(smtp.received[1]!.parsed.header('message-id')).toBe(smtp.received[0]!.parsed.header('message-id'));
    });

    it('without SMTP_URL says once that notifications are off and leaves the rows waiting', async () => {
      const id = await accept();
      const log: string[] = [];
      const first = startDeliveryWorker(getStore(), { LEADS_RETENTION_DAYS: '180' }, (l) => log.push(l));
      const second = startDeliveryWorker(getStore(), {}, (l) => log.push(l));
      expect(second).toBe(first);
      expect(log.filter((l) => l.includes('notifications are off'))).toHaveLength(2); // e-mail off + no channel at all
      expect(log.filter((l) => l.includes('SMTP_URL is not set'))).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 200));
      expect(await deliveryState(id)).toBe('pending');
    });

    it('retention: the purge deletes a request older than the limit with its notifications, a newer one stays', async () => {
      const day = 24 * 60 * 60_000;
      const old = await accept({}, Date.now() - 31 * day);
      const young = await accept({}, Date.now() - 29 * day);
      const w = worker(getStore(), { senders: {}, retentionDays: 30 });
      expect(await w.purge()).toBe(1);
      expect(await getStore().leads.get(old)).toBeUndefined();
      expect(await getStore().leads.get(young)).toBeDefined();
      // The old request's notification went with it: only the young one's row is left to claim.
      const claimed = await getStore().outbox.claimDue(Date.now(), 10, 1_000);
      expect(claimed.map((c) => c.leadId)).toEqual([young]);
    });

    it('delivers the webhook through the same outbox and leaves e-mail rows waiting while only the webhook is configured', async () => {
      const bodies: { body: string; verified: boolean }[] = [];
      const secret = 'worker-test-secret-0123456789';
      const receiver = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          bodies.push({ body, verified: verifyWebhookSignature(secret, req.headers[SIGNATURE_HEADER.toLowerCase()] as string, body, Date.now()) });
          res.writeHead(bodies.length === 1 ? 503 : 200).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', () => resolve()));
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/crm`;
      const saved = process.env.LEADS_WEBHOOK_URL;
      process.env.LEADS_WEBHOOK_URL = url;
      try {
        const id = await accept();
        worker(getStore(), { senders: { webhook: createWebhookSender({ url, secret }) } }).start();
        await until(async () => (await getStore().leads.get(id))?.deliveries.find((d) => d.channel === 'webhook')?.state === 'sent', 'webhook sent');
        expect(bodies).toHaveLength(2); // a 503 first, retried
        expect(bodies.every((b) => b.verified)).toBe(true);
        expect(JSON.parse(bodies[1]!.body)).toMatchObject({ request: { id, email: 'erika@muster.example', topicName: 'Governance & EU AI Act' } });
        const email = (await getStore().leads.get(id))!.deliveries.find((d) => d.channel === 'email')!;
        expect(email.state).toBe('pending');
      } finally {
        if (saved === undefined) delete process.env.LEADS_WEBHOOK_URL;
        else process.env.LEADS_WEBHOOK_URL = saved;
        await new Promise<void>((resolve) => receiver.close(() => resolve()));
      }
    });
  });
});
