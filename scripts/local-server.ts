import { spawn, type ChildProcess } from 'node:child_process';

/** Polls `url` until it answers 2xx; throws after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Starts the production server (scripts/serve.mjs, what `npm start` runs) on the existing build
 * and waits until /api/health answers. Used by the benchmark, the soak test and the Lighthouse audit.
 */
export async function startLocalServer(port: number, env: Record<string, string | undefined>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/api/health`, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return child;
}
