import { createHmac, timingSafeEqual } from 'node:crypto';
import { originUrl, topicName } from '@/lib/delivery/mail';
import type { OutboxItem } from '@/lib/store/types';

/*
 * The webhook: one JSON document per request, POSTed to LEADS_WEBHOOK_URL and signed like
 * Stripe's webhooks: HMAC-SHA256 (LEADS_WEBHOOK_SECRET) over "<timestamp>.<body>", sent as
 *   X-TechNow-Signature: t=<unix seconds>,v1=<hex digest>
 * The timestamp is part of what is signed, so a receiver that rejects old timestamps cannot be fed
 * a captured request again later. X-TechNow-Delivery carries the outbox row's deliveryKey: the same
 * on every retry, so a receiver can drop a document it already has.
 */

export const SIGNATURE_HEADER = 'X-TechNow-Signature';
export const DELIVERY_HEADER = 'X-TechNow-Delivery';
/** Default tolerance of verifyWebhookSignature: five minutes either way. */
export const DEFAULT_TOLERANCE_SEC = 300;

export interface WebhookDocument {
  event: 'consulting_request.created';
  deliveryId: string;
  request: {
    id: number;
    createdAt: string;
    lang: string;
    name: string;
    company: string;
    email: string;
    phone: string | null;
    topic: string;
    topicName: string;
    message: string;
    origin: { path: string | null; url: string | null; title: string | null };
    consent: { at: string; privacyVersion: string };
  };
}

export function webhookDocument(item: Pick<OutboxItem, 'deliveryKey' | 'lead'>): WebhookDocument {
  const { lead } = item;
  return {
    event: 'consulting_request.created',
    deliveryId: item.deliveryKey,
    request: {
      id: lead.id,
      createdAt: lead.createdAt.toISOString(),
      lang: lead.lang,
      name: lead.name,
      company: lead.company,
      email: lead.email,
      phone: lead.phone ?? null,
      topic: lead.topic,
      topicName: topicName(lead.topic),
      message: lead.message,
      origin: { path: lead.origin.path ?? null, url: originUrl(lead.origin.path) ?? null, title: lead.origin.title ?? null },
      consent: { at: new Date(lead.consent.at).toISOString(), privacyVersion: lead.consent.privacyVersion },
    },
  };
}

function digest(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The signature header's value for `body` at `nowMs`. */
export function signWebhook(secret: string, body: string, nowMs: number): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${digest(secret, t, body)}`;
}

/**
 * The receiving side's check: true only when `header` carries a timestamp within `toleranceSec` of
 * `nowMs` and a v1 signature of exactly this raw `body` under `secret`. Compare the body as received
 * (bytes decoded as UTF-8), before any JSON parsing.
 */
export function verifyWebhookSignature(secret: string, header: string | null | undefined, body: string, nowMs: number, toleranceSec = DEFAULT_TOLERANCE_SEC): boolean {
  if (!secret || !header) return false;
  let t: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) t = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (t === undefined || signatures.length === 0) return false;
  if (Math.abs(nowMs / 1000 - t) > toleranceSec) return false;
  const expected = Buffer.from(digest(secret, t, body), 'hex');
  return signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected));
}
