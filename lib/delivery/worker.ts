import { DEFAULT_RETRY_POLICY, decideRetry, type RetryPolicy } from '@/lib/delivery/backoff';
import { DEFAULT_RETENTION_DAYS, retentionCutoff } from '@/lib/leads/retention';
import type { Sender } from '@/lib/delivery/senders';
import type { DeliveryChannel, OutboxItem, Store } from '@/lib/store/types';

/*
 * The outbox worker: runs inside each server process, claims due notifications (the claim is atomic
 * in the store, so with WEB_CONCURRENCY=2 only one process gets a row), sends them and records the
 * result. A process that dies between sending and recording leaves the row 'sending' with a lease;
 * once the lease has run out another claim takes it and sends the same mail (same Message-ID) again:
 * at least once, never zero times.
 */

export interface WorkerOptions {
  senders: Partial<Record<DeliveryChannel, Sender>>;
  /** Rows claimed at once; with SEND_TIMEOUT_MS per row this must stay well inside the lease. */
  batchSize?: number;
  leaseMs?: number;
  /** Longest sleep between two looks at the outbox (other processes add rows too). */
  pollMs?: number;
  retry?: RetryPolicy;
  retentionDays?: number;
  /** How often retention runs; 0 turns it off. */
  purgeEveryMs?: number;
  log?: (line: string) => void;
  now?: () => number;
  random?: () => number;
}

export interface RunSummary {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/** How long a row of a channel that is not configured waits before it is looked at again. */
const UNCONFIGURED_WAIT_MS = 15 * 60_000;

export class DeliveryWorker {
  private readonly store: Pick<Store, 'leads' | 'outbox'>;
  private readonly senders: Partial<Record<DeliveryChannel, Sender>>;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly retry: RetryPolicy;
  private readonly retentionDays: number;
  private readonly purgeEveryMs: number;
  private readonly log: (line: string) => void;
  private readonly now: () => number;
  private readonly random: () => number;

  private running = false;
  private loopDone: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private woken = false;
  private purgeTimer: NodeJS.Timeout | undefined;
  private storeTrouble: string | undefined;

  constructor(store: Pick<Store, 'leads' | 'outbox'>, options: WorkerOptions) {
    this.store = store;
    this.senders = options.senders;
    this.batchSize = options.batchSize ?? 5;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.pollMs = options.pollMs ?? 5_000;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
    this.purgeEveryMs = options.purgeEveryMs ?? 60 * 60_000;
    this.log = options.log ?? ((line) => console.log(line));
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /** True when at least one channel can be delivered. */
  get delivering(): boolean {
    return Object.values(this.senders).some(Boolean);
  }

  /** Starts the delivery loop (when any channel is configured) and the retention timer. */
  start(): void {
    if (this.running) return;
    this.running = true;
    if (this.delivering) this.loopDone = this.loop();
    if (this.purgeEveryMs > 0) {
      void this.purgeQuietly();
      this.purgeTimer = setInterval(() => void this.purgeQuietly(), this.purgeEveryMs);
      // Timers must never keep a process alive that is otherwise done (CLI, tests).
      this.purgeTimer.unref();
    }
  }

  /** Stops after the attempt in progress; resolves once the loop has ended. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    this.wake();
    await this.loopDone;
    for (const sender of Object.values(this.senders)) sender?.close?.();
  }

  /** Look at the outbox now (a request was just stored) instead of at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Claims and delivers one batch of due notifications. */
  async runOnce(): Promise<RunSummary> {
    const summary: RunSummary = { claimed: 0, sent: 0, retried: 0, failed: 0 };
    const items = await this.store.outbox.claimDue(this.now(), this.batchSize, this.leaseMs);
    summary.claimed = items.length;
    for (const item of items) {
      const outcome = await this.deliver(item);
      summary[outcome] += 1;
    }
    return summary;
  }

  /** Deletes requests past retention with their notifications; returns how many. */
  async purge(): Promise<number> {
    return this.store.leads.purgeOlderThan(retentionCutoff(this.now(), this.retentionDays));
  }

  private async purgeQuietly(): Promise<void> {
    try {
      const removed = await this.purge();
      if (removed > 0) this.log(`[delivery] retention: deleted ${removed} consulting request(s) older than ${this.retentionDays} days`);
    } catch (error) {
      this.log(`[delivery] retention run failed: ${describe(error)}`);
    }
  }

  private async deliver(item: OutboxItem): Promise<'sent' | 'retried' | 'failed'> {
    const sender = this.senders[item.channel];
    if (!sender) {
      // Claimed together with rows of a configured channel: put it back without counting it as a failure.
      await this.store.outbox.markRetry(item.id, this.now() + UNCONFIGURED_WAIT_MS, `${item.channel} not configured`);
      return 'retried';
    }
    let result;
    try {
      result = await sender.send(item);
    } catch (error) {
      result = { ok: false as const, permanent: false, reason: `unexpected ${describe(error)}` };
    }
    const at = this.now();
    if (result.ok) {
      await this.store.outbox.markSent(item.id, at);
      return 'sent';
    }
    const decision = decideRetry(result, item.attempts, at - item.lead.createdAt.getTime(), this.retry, this.random);
    // One line per failed attempt: ids, channel and codes only, never a name, address or text.
    const head = `[delivery] notification ${item.id} (${item.channel}, request ${item.leadId}) attempt ${item.attempts} failed: ${result.reason}`;
    if (decision.kind === 'fail') {
      await this.store.outbox.markFailed(item.id, result.reason);
      this.log(`${head}; marked failed (npm run leads -- retry ${item.leadId} queues it again)`);
      return 'failed';
    }
    await this.store.outbox.markRetry(item.id, at + decision.delayMs, result.reason);
    this.log(`${head}; next try in ${Math.round(decision.delayMs / 1000)} s`);
    return 'retried';
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let full = false;
      try {
        const summary = await this.runOnce();
        full = summary.claimed >= this.batchSize;
        if (this.storeTrouble) this.log('[delivery] outbox reachable again');
        this.storeTrouble = undefined;
      } catch (error) {
        const text = describe(error);
        // Once per outage, not once per poll.
        if (this.storeTrouble !== text) this.log(`[delivery] outbox not reachable: ${text}`);
        this.storeTrouble = text;
      }
      if (!this.running) break;
      if (full) continue;
      await this.sleep(await this.untilNextDue());
    }
  }

  private async untilNextDue(): Promise<number> {
    try {
      const next = await this.store.outbox.nextDue();
      if (next === undefined) return this.pollMs;
      return Math.min(Math.max(next - this.now(), 0), this.pollMs);
    } catch {
      return this.pollMs;
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken || !this.running) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.wakeUp = done;
    });
  }
}

/** An error's class and code, never its message (which may quote a connection string or data). */
function describe(error: unknown): string {
  const e = error as { name?: unknown; code?: unknown } | null;
  const name = typeof e?.name === 'string' ? e.name : 'Error';
  const code = typeof e?.code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(e.code) ? ` ${e.code}` : '';
  return `${name}${code}`;
}
