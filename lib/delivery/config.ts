import type { MailAddress } from '@/lib/delivery/mail';
import { DEFAULT_RETENTION_DAYS, retentionDays } from '@/lib/leads/retention';
import { siteConfig } from '@/lib/site';

/*
 * Delivery settings from the environment, read once per process. Nothing here ever puts a password
 * or a webhook secret into a message: notices name the variable and the host at most.
 */

type Env = Record<string, string | undefined>;

export interface EmailConfig {
  smtpUrl: string;
  to: string;
  from: MailAddress;
}

export interface WebhookConfig {
  url: string;
  secret: string;
}

export interface DeliveryConfig {
  email?: EmailConfig;
  webhook?: WebhookConfig;
  retentionDays: number;
  /** What the server says once at start (configuration problems, channels that are off). */
  notices: string[];
}

/** The mail's sender: LEADS_MAIL_FROM ("Name <address>" or a bare address), else the site's address from lib/site.ts. */
export function mailFrom(env: Env = process.env): MailAddress {
  const fallback = { name: `${siteConfig.name} Website`, address: siteConfig.organization.email };
  const raw = env.LEADS_MAIL_FROM?.trim();
  if (!raw) return fallback;
  const named = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(raw);
  if (named) return { name: (named[1] ?? '').replace(/^"|"$/g, '').trim() || fallback.name, address: named[2] ?? fallback.address };
  if (/^[^<>\s]+@[^<>\s]+$/.test(raw)) return { name: fallback.name, address: raw };
  throw new Error(`LEADS_MAIL_FROM: found "${raw}", expected an address such as "TechNow Website <noreply@example.com>"`);
}

function smtpHost(url: URL): string {
  return `${url.hostname}${url.port ? `:${url.port}` : ''}`;
}

export function readDeliveryConfig(env: Env = process.env): DeliveryConfig {
  const notices: string[] = [];
  let days = DEFAULT_RETENTION_DAYS;
  try {
    // The one parser of this variable (lib/leads/retention.ts, also used by `npm run leads -- purge`).
    days = retentionDays({ ...process.env, LEADS_RETENTION_DAYS: env.LEADS_RETENTION_DAYS });
  } catch (error) {
    // The server keeps running (the form must work); the documented default applies and says so.
    notices.push(`${(error as Error).message}; using the default of ${DEFAULT_RETENTION_DAYS} days`);
  }

  let email: EmailConfig | undefined;
  const smtpUrl = env.SMTP_URL?.trim();
  const to = env.LEADS_NOTIFY_TO?.trim();
  if (!smtpUrl) {
    notices.push('e-mail notifications are off: SMTP_URL is not set; consulting requests wait in the outbox until it is');
  } else {
    let parsed: URL | undefined;
    try {
      parsed = new URL(smtpUrl);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')) {
      notices.push('e-mail notifications are off: SMTP_URL is not an smtp:// or smtps:// URL');
    } else if (!to) {
      notices.push('e-mail notifications are off: LEADS_NOTIFY_TO is not set');
    } else {
      try {
        email = { smtpUrl, to, from: mailFrom(env) };
        notices.push(`e-mail notifications go through ${smtpHost(parsed)}`);
      } catch (error) {
        notices.push(`e-mail notifications are off: ${(error as Error).message}`);
      }
    }
  }

  let webhook: WebhookConfig | undefined;
  const hookUrl = env.LEADS_WEBHOOK_URL?.trim();
  if (hookUrl) {
    const secret = env.LEADS_WEBHOOK_SECRET ?? '';
    let parsed: URL | undefined;
    try {
      parsed = new URL(hookUrl);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      notices.push('webhook is off: LEADS_WEBHOOK_URL is not an http(s) URL; its notifications wait in the outbox');
    } else if (secret.length < 16) {
      // Personal data is never sent unsigned.
      notices.push('webhook is off: LEADS_WEBHOOK_SECRET must be set (at least 16 characters); its notifications wait in the outbox');
    } else {
      webhook = { url: hookUrl, secret };
      notices.push(`webhook notifications go to ${parsed.host}`);
    }
  }
  return { ...(email ? { email } : {}), ...(webhook ? { webhook } : {}), retentionDays: days, notices };
}
