import type { DeliveryChannel } from '@/lib/store/types';

/**
 * The notifications queued with each new request. E-mail always: without SMTP_URL the rows wait in
 * the outbox until a mail server is configured. The webhook only when LEADS_WEBHOOK_URL is set.
 */
export function notificationChannels(env: NodeJS.ProcessEnv = process.env): DeliveryChannel[] {
  return env.LEADS_WEBHOOK_URL?.trim() ? ['email', 'webhook'] : ['email'];
}
