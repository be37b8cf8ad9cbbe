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
  const inWindow = previous.filter((t) => t > now - policy.windowMs && t <= now).sort((a, b) => a - b);
  if (inWindow.length < policy.limit) return { limited: false };
  // The oldest request that still counts must leave the window before another is allowed.
  const oldestCounting = inWindow[inWindow.length - policy.limit] ?? now;
  return { limited: true, retryAfterMs: Math.max(1, oldestCounting + policy.windowMs - now) };
}
