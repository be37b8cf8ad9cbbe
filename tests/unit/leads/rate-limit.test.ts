import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT, evaluateRateLimit } from '@/lib/leads/rate-limit';

const policy = { limit: 3, windowMs: 60_000 };

describe('evaluateRateLimit', () => {
  it('allows requests below the limit', () => {
    expect(evaluateRateLimit([1000, 2000], 3000, policy)).toEqual({ limited: false });
  });

  it('blocks the request over the limit and says when the oldest leaves the window', () => {
    expect(evaluateRateLimit([1000, 2000, 3000], 4000, policy)).toEqual({ limited: true, retryAfterMs: 57_000 });
  });

  it('forgets requests older than the window', () => {
    expect(evaluateRateLimit([1000, 2000, 3000], 61_001, policy)).toEqual({ limited: false });
  });

  it('uses the oldest request that still counts when there are more than the limit', () => {
    expect(evaluateRateLimit([10_000, 1000, 20_000, 30_000], 40_000, policy)).toEqual({ limited: true, retryAfterMs: 30_000 });
  });

  it('counts requests stamped a little after now (another instance, a concurrent request)', () => {
    expect(evaluateRateLimit([1000, 5000, 6000], 4000, policy)).toEqual({ limited: true, retryAfterMs: 57_000 });
  });

  it('defaults to 5 per 10 minutes', () => {
    const now = 1_000_000;
    const four = [now - 4, now - 3, now - 2, now - 1];
    expect(evaluateRateLimit(four, now)).toEqual({ limited: false });
    expect(evaluateRateLimit([...four, now - 5], now).limited).toBe(true);
    expect(DEFAULT_RATE_LIMIT).toEqual({ limit: 5, windowMs: 600_000 });
  });
});
