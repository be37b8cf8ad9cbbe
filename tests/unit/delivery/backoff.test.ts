import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, decideRetry, retryDelay } from '@/lib/delivery/backoff';

const mid = () => 0.5; // no jitter

describe('retryDelay', () => {
  it('doubles from 30 s and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelay(n, DEFAULT_RETRY_POLICY, mid))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 600_000, 600_000, 600_000]);
  });
  it('spreads by at most the jitter share and never beyond the cap', () => {
    expect(retryDelay(1, DEFAULT_RETRY_POLICY, () => 0)).toBe(24_000);
    expect(retryDelay(1, DEFAULT_RETRY_POLICY, () => 0.999999)).toBeLessThanOrEqual(36_000);
    expect(retryDelay(10, DEFAULT_RETRY_POLICY, () => 0.999999)).toBe(600_000);
  });
});

describe('decideRetry', () => {
  it('retries a temporary failure while the request is young, then gives up', () => {
    expect(decideRetry({ permanent: false }, 50, 60_000, DEFAULT_RETRY_POLICY, mid)).toEqual({ kind: 'retry', delayMs: 600_000 });
    expect(decideRetry({ permanent: false }, 2, DEFAULT_RETRY_POLICY.giveUpAfterMs, DEFAULT_RETRY_POLICY, mid)).toEqual({ kind: 'fail' });
  });
  it('fails a permanent refusal after a bounded number of attempts', () => {
    expect(decideRetry({ permanent: true }, 1, 0, DEFAULT_RETRY_POLICY, mid).kind).toBe('retry');
    expect(decideRetry({ permanent: true }, 2, 0, DEFAULT_RETRY_POLICY, mid).kind).toBe('retry');
    expect(decideRetry({ permanent: true }, 3, 0, DEFAULT_RETRY_POLICY, mid)).toEqual({ kind: 'fail' });
  });
});
