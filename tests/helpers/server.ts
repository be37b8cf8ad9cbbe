import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
  /** Everything the server printed so far (stdout and stderr), when started with `capture`. */
  output: () => string;
}

/** Starts `npm start` (scripts/serve.mjs) on a free port and waits until /api/health answers. */
export async function startServer(env: Record<string, string>, options: { capture?: boolean } = {}): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: distDir, ...env },
    stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'ignore',
  });
  let printed = '';
  child.stdout?.on('data', (d: Buffer) => (printed += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (printed += d.toString()));
  const output = () => printed;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return { base, child, exited, output };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not become healthy');
}
