import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookSender } from '@/lib/delivery/senders';
import { DELIVERY_HEADER, SIGNATURE_HEADER, verifyWebhookSignature, type WebhookDocument } from '@/lib/delivery/webhook';
import { outboxItem } from '../unit/delivery/lead-factory';

// The webhook sender against a real HTTP server on loopback that verifies like a CRM would.

const secret = 'crm-shared-secret-0123456789';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  verified: boolean;
}

let server: http.Server | undefined;

afterEach(async () => {
  const s = server;
  server = undefined;
  if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
});

async function receiver(answer: () => number): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const header = req.headers[SIGNATURE_HEADER.toLowerCase()];
      received.push({ headers: req.headers, body, verified: verifyWebhookSignature(secret, typeof header === 'string' ? header : undefined, body, Date.now(), 300) });
      const status = answer();
      res.writeHead(status, status >= 300 && status < 400 ? { Location: 'http://127.0.0.1:1/elsewhere' } : {}).end();
    });
  });
  const s = server;
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/hook`, received };
}

describe('webhook sender', () => {
  it('posts the signed JSON document, which the receiver verifies', async () => {
    const { url, received } = await receiver(() => 204);
    const result = await createWebhookSender({ url, secret }).send(outboxItem(undefined, { channel: 'webhook', deliveryKey: 'd-1' }));
    expect(result).toEqual({ ok: true });
    expect(received).toHaveLength(1);
    const [hit] = received;
    expect(hit!.verified).toBe(true);
    expect(hit!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(hit!.headers[DELIVERY_HEADER.toLowerCase()]).toBe('d-1');
    const doc = JSON.parse(hit!.body) as WebhookDocument;
    expect(doc.request).toMatchObject({ name: 'Erika Mustermann', email: 'erika@muster.example', topicName: 'KI-Strategie' });
    // The same bytes with a changed field no longer verify.
    expect(verifyWebhookSignature(secret, hit!.headers[SIGNATURE_HEADER.toLowerCase()] as string, hit!.body.replace('Erika', 'Eve'), Date.now(), 300)).toBe(false);
  });

  it('reads 5xx and 429 as temporary, other 4xx and redirects as refusals (redirects not followed)', async () => {
    const answers = [503, 429, 400, 410, 302];
    const { url, received } = await receiver(() => answers[received.length - 1] ?? 500);
    const sender = createWebhookSender({ url, secret });
    const results = [];
    for (let i = 0; i < answers.length; i++) results.push(await sender.send(outboxItem(undefined, { channel: 'webhook' })));
    expect(results).toEqual([
      { ok: false, permanent: false, reason: 'HTTP 503' },
      { ok: false, permanent: false, reason: 'HTTP 429' },
      { ok: false, permanent: true, reason: 'HTTP 400' },
      { ok: false, permanent: true, reason: 'HTTP 410' },
      { ok: false, permanent: true, reason: 'HTTP 302' },
    ]);
    expect(received).toHaveLength(answers.length);
  });

  it('reads an unreachable endpoint as a temporary connection error', async () => {
    const { url } = await receiver(() => 204);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const result = await createWebhookSender({ url, secret }).send(outboxItem(undefined, { channel: 'webhook' }));
    expect(result).toMatchObject({ ok: false, permanent: false });
    expect(result.ok ? '' : result.reason).toMatch(/^connection error /);
  });
});
