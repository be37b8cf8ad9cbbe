import nodemailer from 'nodemailer';
import { composeLeadMail } from '@/lib/delivery/mail';
import type { EmailConfig, WebhookConfig } from '@/lib/delivery/config';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signWebhook, webhookDocument } from '@/lib/delivery/webhook';
import type { OutboxItem } from '@/lib/store/types';

/**
 * The outcome of one delivery attempt. `reason` goes into the log and the outbox row, so it names
 * only codes (SMTP reply code, HTTP status, socket error code), never an address or any request text:
 * servers echo addresses in their reply texts, so those texts are not kept.
 */
export type DeliveryResult = { ok: true } | { ok: false; permanent: boolean; reason: string };

export interface Sender {
  send(item: OutboxItem): Promise<DeliveryResult>;
  close?(): void;
}

/** Upper bound of one attempt; the worker's lease must be longer than a batch of these. */
export const SEND_TIMEOUT_MS = 45_000;

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,32}$/.test(code) ? code : 'unknown';
}

/** SMTP reply 5xx is a permanent refusal; 4xx and anything below SMTP (connection, TLS, timeout) is temporary. */
export function classifySmtpError(error: unknown): { permanent: boolean; reason: string } {
  const responseCode = (error as { responseCode?: unknown } | null)?.responseCode;
  if (typeof responseCode === 'number' && responseCode >= 400 && responseCode < 600) {
    return { permanent: responseCode >= 500, reason: `SMTP ${responseCode}` };
  }
  return { permanent: false, reason: `connection error ${errorCode(error)}` };
}

export function createEmailSender(config: EmailConfig, options: { timeoutMs?: number } = {}): Sender {
  const timeoutMs = options.timeoutMs ?? SEND_TIMEOUT_MS;
  // No pool: a few messages a day, and a fresh connection per message never trips over a stale one.
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(item) {
      const mail = composeLeadMail(item, { from: config.from, to: config.to });
      try {
        await transport.sendMail({
          from: mail.from,
          to: mail.to,
          replyTo: mail.replyTo,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: mail.headers,
          signal: AbortSignal.timeout(timeoutMs),
        });
        return { ok: true };
      } catch (error) {
        return { ok: false, ...classifySmtpError(error) };
      }
    },
    close: () => transport.close(),
  };
}

/** HTTP 2xx is delivered; 408, 425, 429 and 5xx are temporary; any other answer (including redirects) is a refusal. */
export function classifyHttpStatus(status: number): DeliveryResult {
  if (status >= 200 && status < 300) return { ok: true };
  const temporary = status === 408 || status === 425 || status === 429 || status >= 500;
  return { ok: false, permanent: !temporary, reason: `HTTP ${status}` };
}

export function createWebhookSender(config: WebhookConfig, options: { timeoutMs?: number; now?: () => number } = {}): Sender {
  const timeoutMs = options.timeoutMs ?? SEND_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  return {
    async send(item) {
      const body = JSON.stringify(webhookDocument(item));
      try {
        const response = await fetch(config.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json; charset=utf-8',
            'User-Agent': 'TechNow-Leads-Webhook/1',
            [SIGNATURE_HEADER]: signWebhook(config.secret, body, now()),
            [DELIVERY_HEADER]: item.deliveryKey,
          },
          body,
          // Personal data goes to the configured address only, never on to wherever a redirect points.
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.body?.cancel().catch(() => undefined);
        return classifyHttpStatus(response.status);
      } catch (error) {
        const name = (error as { name?: unknown } | null)?.name;
        const cause = (error as { cause?: unknown } | null)?.cause;
        return { ok: false, permanent: false, reason: name === 'TimeoutError' ? 'timeout' : `connection error ${errorCode(cause ?? error)}` };
      }
    },
  };
}
