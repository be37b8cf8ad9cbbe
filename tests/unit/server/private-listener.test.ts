import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/private-listener-cluster.mjs', import.meta.url));

interface WorkerReport {
  pid: number;
  port: number;
  answeredBy: number[];
}

/** Runs the two-worker cluster fixture and returns what each worker's private port answered. */
function runCluster(mode: 'private' | 'plain'): Promise<WorkerReport[]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [fixture, ...(mode === 'plain' ? ['plain'] : [])], { timeout: 20_000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${error.message}\n${stderr}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as WorkerReport[]);
    });
  });
}

describe('listenPrivately (scripts/serve.mjs) in a node:cluster worker', () => {
  it('gives each worker its own port, answered only by that worker', async () => {
    const workers = await runCluster('private');
    expect(workers).toHaveLength(2);
    expect(new Set(workers.map((w) => w.port)).size).toBe(2);
    for (const w of workers) {
      expect(w.answeredBy).toHaveLength(20);
      expect(new Set(w.answeredBy), `port ${w.port} of worker ${w.pid}`).toEqual(new Set([w.pid]));
    }
  });

  it('is needed: a plain listen(0) in a worker shares one port, and the other worker answers on it', async () => {
    const workers = await runCluster('plain');
    expect(new Set(workers.map((w) => w.port)).size).toBe(1);
    const [first] = workers;
    expect(new Set(first!.answeredBy)).toEqual(new Set(workers.map((w) => w.pid)));
  });
});
