import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopServer, waitUntilReady } from '../../scripts/local-server';
import { freePort } from './net';

/** The project root and the build the integration tests run against (NEXT_DIST_DIR, default .next). */
// import.meta.url, not __dirname: the benchmarks (tsx, ES modules) share these helpers.
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = process.env.NEXT_DIST_DIR ?? '.next';
export const hasBuild = fs.existsSync(path.join(root, distDir, 'BUILD_ID'));

export interface RunningServer {
  base: string;
  child: ChildProcess;
  /** Resolves with the exit code and signal once the server process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  /** Ends the server and its workers; resolves once they are gone and its port is free. */
  stop: () => Promise<void>;
}

/**
 * Starts `npm start` (scripts/serve.mjs) on a free port and waits for its ready line (with
 * WEB_CONCURRENCY: every process listens) and /api/health on a new connection. Fails at once,
 * with what the server printed, if it exits before that.
 */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: distDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (d: Buffer) => (printed += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (printed += d.toString()));
  const output = () => printed;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const stop = () => stopServer(child.pid ?? -1, port);
  try {
    await waitUntilReady(child, port, output, 60_000);
  } catch (error) {
    // Only its processes: after a failed start the port may well be someone else's.
    await stopServer(child.pid ?? -1, undefined).catch(() => undefined);
    throw error;
  }
  return { base, child, exited, output, stop };
}
