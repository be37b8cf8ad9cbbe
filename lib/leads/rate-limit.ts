export interface RateLimitPolicy {
  /** Accepted requests per client within the window. */
  limit: number;
  windowMs: number;
}

/** 5 requests per 10 minutes and client: generous for people, useless for a spam script. */
export const DEFAULT_RATE_LIMIT: RateLimitPolicy = { limit: 5, windowMs: 10 * 60 * 1000 };

export type RateLimitDecision = { limited: false } | { limited: true; retryAfterMs: number };

/** Decides from the times of earlier accepted requests (ms epoch) whether one more is allowed now. */
export function evaluateRateLimit(previous: readonly number[], now: number, policy: RateLimitPolicy = DEFAULT_RATE_LIMIT): RateLimitDecision {
  // A request recorded "after" now still counts (as now): another instance's clock may run a few
  // milliseconds ahead, or a concurrent request took the lock first with a later timestamp.
  const inWindow = previous
    .filter((t) => t > now - policy.windowMs)
    .map((t) => Math.min(t, now))
    .sort((a, b) => a - b);
  if (inWindow.length < policy.limit) return { limited: false };
  // The oldest request that still counts must leave the window before another is allowed.
  const oldestCounting = inWindow[inWindow.length - policy.limit] ?? now;
  return { limited: true, retryAfterMs: Math.max(1, oldestCounting + policy.windowMs - now) };
}

/**
 * The policy of this deployment: DEFAULT_RATE_LIMIT, unless LEADS_RATE_LIMIT ("count/seconds",
 * e.g. "100000/600") overrides it. Meant for load tests (npm run bench:leads), where every request
 * comes from one address; a malformed value is an error, never a silently open limit.
 */
export function rateLimitPolicy(env: NodeJS.ProcessEnv = process.env): RateLimitPolicy {
  const value = env.LEADS_RATE_LIMIT?.trim();
  if (!value) return DEFAULT_RATE_LIMIT;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const limit = Number(match?.[1]);
  const seconds = Number(match?.[2]);
  if (!match || limit < 1 || seconds < 1) throw new Error(`LEADS_RATE_LIMIT: found "${value}", expected requests/seconds such as 5/600`);
  return { limit, windowMs: seconds * 1000 };
}
