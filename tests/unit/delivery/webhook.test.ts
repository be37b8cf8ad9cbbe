import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature, webhookDocument } from '@/lib/delivery/webhook';
import { outboxItem } from './lead-factory';

const secret = 'a-long-shared-secret-for-tests';
const now = Date.parse('2025-01-20T14:05:00Z');

describe('webhook signature', () => {
  const body = JSON.stringify(webhookDocument(outboxItem()));

  it('verifies a fresh signature of the exact body', () => {
    const header = signWebhook(secret, body, now);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, header, body, now + 2_000, 300)).toBe(true);
  });

  it('refuses a replay with an old timestamp', () => {
    const header = signWebhook(secret, body, now);
    expect(verifyWebhookSignature(secret, header, body, now + 301_000, 300)).toBe(false);
    // A timestamp moved forward by the attacker no longer matches the signature.
    const moved = header.replace(/^t=\d+/, `t=${Math.floor((now + 301_000) / 1000)}`);
    expect(verifyWebhookSignature(secret, moved, body, now + 301_000, 300)).toBe(false);
  });

  it('refuses an altered body, another secret and malformed headers', () => {
    const header = signWebhook(secret, body, now);
    expect(verifyWebhookSignature(secret, header, body.replace('Erika', 'Mallory'), now, 300)).toBe(false);
    expect(verifyWebhookSignature(`${secret}x`, header, body, now, 300)).toBe(false);
    for (const bad of ['', 'v1=abc', `t=${Math.floor(now / 1000)}`, 'garbage', `t=x,v1=${'0'.repeat(64)}`]) {
      expect(verifyWebhookSignature(secret, bad, body, now, 300)).toBe(false);
    }
    expect(verifyWebhookSignature(secret, undefined, body, now, 300)).toBe(false);
  });

  it('accepts any of several v1 signatures (secret rotation on the sender side)', () => {
    const good = signWebhook(secret, body, now);
    const other = signWebhook('another-secret-of-enough-length', body, now).split(',')[1];
    expect(verifyWebhookSignature(secret, `${good},${other}`, body, now, 300)).toBe(true);
  });
});

describe('webhook document', () => {
  it('holds every field of the request, the topic name and the delivery id', () => {
    const doc = webhookDocument(outboxItem());
    expect(doc.deliveryId).toBe('lead-42-email');
    expect(doc.request).toMatchObject({
      id: 42,
      createdAt: '2025-01-20T14:05:00.000Z',
      lang: 'de',
      name: 'Erika Mustermann',
      company: 'Muster Maschinenbau GmbH',
      email: 'erika@muster.example',
      phone: '+49 30 123456',
      topic: 'strategy',
      topicName: 'KI-Strategie',
      origin: { path: '/de/articles/klarna-halbiert-belegschaft-mit-ki', title: 'Klarna halbiert Belegschaft mit KI' },
      consent: { at: '2025-01-20T14:05:00.000Z', privacyVersion: '2025-01' },
    });
    expect(doc.request.origin.url).toMatch(/^https?:\/\/.+\/de\/articles\/klarna-halbiert-belegschaft-mit-ki$/);
  });
});
