import { describe, expect, it } from 'vitest';
import { bestOfInterleaved, parseDuration, parseWrk } from '../../../scripts/bench/wrk';

const sample = `Running 10s test @ http://127.0.0.1:3206/de
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    35.12ms   10.01ms 210.55ms   88.00%
    Req/Sec     0.92k   120.33     1.20k    70.00%
  Latency Distribution
     50%   33.80ms
     75%   38.10ms
     90%   45.00ms
     99%    1.02s
  18342 requests in 10.01s, 1.20GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:   1832.41
Transfer/sec:    122.80MB
`;

describe('wrk output', () => {
  it('reads throughput, percentiles and every kind of error', () => {
    expect(parseWrk(sample)).toEqual({ requestsPerSecond: 1832.41, p50Ms: 33.8, p99Ms: 1020, requests: 18342, errors: 7 });
  });

  it('reports zero errors when wrk prints no error lines', () => {
    const clean = sample.replace(/ {2}Socket errors.*\n {2}Non-2xx.*\n/, '');
    expect(parseWrk(clean).errors).toBe(0);
  });

  it('converts every unit wrk uses', () => {
    expect(parseDuration('850.00us')).toBeCloseTo(0.85);
    expect(parseDuration('2.5s')).toBe(2500);
    expect(parseDuration('1.00m')).toBe(60_000);
    expect(() => parseDuration('fast')).toThrow(/duration/);
  });

  it('refuses output that is not a wrk report', () => {
    expect(() => parseWrk('connection refused')).toThrow(/unexpected output/);
  });
});

describe('bestOfInterleaved', () => {
  it('runs the measurements in turn, round after round, and keeps the best of each', async () => {
    const order: string[] = [];
    const figures: Record<'a' | 'b', number[]> = { a: [10, 30], b: [25, 5] };
    const run = (key: 'a' | 'b') => async () => {
      order.push(key);
      return { requestsPerSecond: figures[key].shift()! };
    };
    const best = await bestOfInterleaved(2, { a: run('a'), b: run('b') });
    expect(order).toEqual(['a', 'b', 'a', 'b']);
    expect(best.a.requestsPerSecond).toBe(30);
    expect(best.b.requestsPerSecond).toBe(25);
  });
});
