/*
 * When to try a notification again. Temporary trouble (connection refused, timeouts, SMTP 4xx,
 * HTTP 5xx/429) is retried with exponential backoff until the request is several days old, so a
 * mail server that is down for an hour gets every notification once it is back; a permanent
 * refusal (SMTP 5xx, HTTP 4xx) is tried a few times, then marked failed for a person to look at
 * (`npm run leads -- retry ID` queues it again).
 */

export interface RetryPolicy {
  /** Delay after the first failed attempt. */
  baseMs: number;
  /** Upper bound of one delay, so a recovered server is used again within this time. */
  maxMs: number;
  /** ± share of random spread, so many processes/rows do not retry in lockstep. */
  jitter: number;
  /** A permanent refusal is final after this many attempts. */
  maxPermanentAttempts: number;
  /** Temporary failures are retried while the request is younger than this. */
  giveUpAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 30_000,
  maxMs: 10 * 60_000,
  jitter: 0.2,
  maxPermanentAttempts: 3,
  giveUpAfterMs: 3 * 24 * 60 * 60_000,
};

/** Delay before the next try after `attempts` tries (≥ 1): base × 2^(attempts − 1), capped, with jitter. */
export function retryDelay(attempts: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  const raw = Math.min(policy.baseMs * 2 ** exponent, policy.maxMs);
  const spread = raw * policy.jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(Math.min(raw + spread, policy.maxMs)));
}

export type RetryDecision = { kind: 'retry'; delayMs: number } | { kind: 'fail' };

export function decideRetry(
  failure: { permanent: boolean },
  attempts: number,
  leadAgeMs: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): RetryDecision {
  if (failure.permanent ? attempts >= policy.maxPermanentAttempts : leadAgeMs >= policy.giveUpAfterMs) return { kind: 'fail' };
  return { kind: 'retry', delayMs: retryDelay(attempts, policy, random) };
}
