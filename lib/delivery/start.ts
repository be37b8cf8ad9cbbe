import { readDeliveryConfig } from '@/lib/delivery/config';
import { createEmailSender, createWebhookSender, type Sender } from '@/lib/delivery/senders';
import { DeliveryWorker } from '@/lib/delivery/worker';
import type { DeliveryChannel, Store } from '@/lib/store/types';

/*
 * Starts the delivery worker of this server process: called from instrumentation.ts `register()`
 * in the nodejs runtime. Each process of `WEB_CONCURRENCY=2` runs its own worker; the store's atomic
 * claim decides which one sends a notification. Next does not call register() during `next build`;
 * the phase check keeps it that way should a build ever load this module.
 */

const KEY = Symbol.for('technow.delivery-worker');

type Holder = Record<symbol, DeliveryWorker | undefined>;

export function startDeliveryWorker(store: Store, env: Record<string, string | undefined> = process.env, log: (line: string) => void = (l) => console.log(l)): DeliveryWorker | undefined {
  if (env.NEXT_PHASE === 'phase-production-build') return undefined;
  const holder = globalThis as unknown as Holder;
  const running = holder[KEY];
  if (running) return running;

  const config = readDeliveryConfig(env);
  // Said once, at start: which channels deliver, which are off and why (never a password or secret).
  for (const notice of config.notices) log(`[delivery] ${notice}`);
  const senders: Partial<Record<DeliveryChannel, Sender>> = {};
  if (config.email) senders.email = createEmailSender(config.email);
  if (config.webhook) senders.webhook = createWebhookSender(config.webhook);
  if (!config.email && !config.webhook) log('[delivery] notifications are off; consulting requests are stored and wait in the outbox');
  log(`[delivery] requests older than ${config.retentionDays} days are deleted automatically (LEADS_RETENTION_DAYS)`);

  const worker = new DeliveryWorker(store, { senders, retentionDays: config.retentionDays, log });
  holder[KEY] = worker;
  worker.start();
  return worker;
}

/** The running worker looks at the outbox now instead of at its next poll (after a stored request). */
export function wakeDeliveryWorker(): void {
  (globalThis as unknown as Holder)[KEY]?.wake();
}

/** Stops this process's worker (tests). */
export async function stopDeliveryWorker(): Promise<void> {
  const holder = globalThis as unknown as Holder;
  const worker = holder[KEY];
  holder[KEY] = undefined;
  await worker?.stop();
}
