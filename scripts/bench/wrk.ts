import { execFile } from 'node:child_process';

export interface WrkResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Socket errors plus non-2xx/3xx answers. */
  errors: number;
}

/** "1.23ms", "850.00us", "2.01s" → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) throw new Error(`wrk: cannot read the duration "${text}"`);
  const value = Number(m[1]);
  const unit = m[2];
  return unit === 'us' ? value / 1000 : unit === 'ms' ? value : unit === 's' ? value * 1000 : value * 60_000;
}

/** Reads the text wrk prints with --latency. */
export function parseWrk(output: string): WrkResult {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const p50 = /^\s+50%\s+(\S+)/m.exec(output);
  const p99 = /^\s+99%\s+(\S+)/m.exec(output);
  const total = /(\d+) requests in/.exec(output);
  if (!rps || !p50 || !p99 || !total) throw new Error(`wrk: unexpected output:\n${output}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  const errors = (socket ? socket.slice(1).reduce((s, n) => s + Number(n), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0);
  return { requestsPerSecond: Number(rps[1]), p50Ms: parseDuration(p50[1]!), p99Ms: parseDuration(p99[1]!), requests: Number(total[1]), errors };
}

/** One wrk run; two threads, as many as the machine has cores to spare; `script`: a Lua file (wrk -s). */
export function runWrk(url: string, options: { duration: number; connections: number; threads?: number; headers?: string[]; script?: string }): Promise<WrkResult> {
  const threads = Math.min(options.threads ?? 2, options.connections);
  const headers = [...(options.headers ?? []).flatMap((h) => ['-H', h]), ...(options.script ? ['-s', options.script] : [])];
  return new Promise((resolve, reject) => {
    execFile('wrk', [`-t${threads}`, `-c${options.connections}`, `-d${options.duration}s`, '--latency', '--timeout', '10s', ...headers, url], { maxBuffer: 1 << 20 }, (error, stdout) => {
      if (error) reject(error);
      else {
        try {
          resolve(parseWrk(stdout));
        } catch (e) {
          reject(e);
        }
      }
    });
  });
}

/**
 * Runs each measurement in turn, `rounds` times over (interleaved, so a burst of load from elsewhere
 * on a shared machine hits all of them alike), and keeps each one's best run: the figure closest to
 * what the server can do when it gets the CPU.
 */
export async function bestOfInterleaved<K extends string, R extends { requestsPerSecond: number }>(rounds: number, runs: Record<K, () => Promise<R>>): Promise<Record<K, R>> {
  const best: Partial<Record<K, R>> = {};
  for (let r = 0; r < rounds; r++) {
    for (const key of Object.keys(runs) as K[]) {
      const result = await runs[key]();
      const previous = best[key];
      if (!previous || result.requestsPerSecond > previous.requestsPerSecond) best[key] = result;
    }
  }
  return best as Record<K, R>;
}
