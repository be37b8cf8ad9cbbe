import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The line scripts/serve.mjs prints once every one of its processes listens on `port`. */
export function readyLine(port: number): RegExp {
  return new RegExp(`^▲ .* ready on http://\\S+:${port} `, 'm');
}

/**
 * GET /api/health on a new connection (agent: false): a pooled keep-alive socket to a server could
 * still answer while its listener no longer accepts, which is what the next client needs.
 */
export function healthOnNewConnection(port: number, host = '127.0.0.1', timeoutMs = 5000): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host, port, path: '/api/health', agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

/**
 * Waits until the server started as `child` has printed its ready line for `port` and answers
 * /api/health on a new connection. Throws at once, with what the server printed, when it exits
 * first; after `timeoutMs` it throws too (the caller stops the server).
 */
export async function waitUntilReady(child: ChildProcess, port: number, output: () => string, timeoutMs: number, host = '127.0.0.1'): Promise<void> {
  const failed = (why: string) => new Error(`the server on port ${port} ${why}; it printed:\n${output().trim().split('\n').slice(-30).join('\n')}`);
  const deadline = Date.now() + timeoutMs;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  while (!readyLine(port).test(output())) {
    if (exited()) throw failed(`exited (${child.signalCode ?? child.exitCode}) before it was ready`);
    if (Date.now() > deadline) throw failed(`printed no ready line within ${timeoutMs} ms`);
    await sleep(50);
  }
  while (!(await healthOnNewConnection(port, host))) {
    if (exited()) throw failed(`exited (${child.signalCode ?? child.exitCode}) before it was ready`);
    if (Date.now() > deadline) throw failed(`did not answer /api/health within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** True once nothing listens on host:port any more: a server can bind it again (what the next one needs). */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** Waits until `port` can be bound again; throws after `timeoutMs`. */
export async function waitForPortFree(port: number, timeoutMs = 10_000, host = '127.0.0.1'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await portIsFree(port, host))) {
    if (Date.now() > deadline) throw new Error(`port ${port} is still in use ${timeoutMs} ms after the server was stopped`);
    await sleep(100);
  }
}

interface ProcessInfo {
  pid: number;
  ppid: number;
  pgrp: number;
}

/** Every live process (Linux /proc; zombies count as gone: their ports and memory are released). */
function processes(): ProcessInfo[] {
  const list: ProcessInfo[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after "(comm)": state ppid pgrp …; comm may contain spaces and parentheses.
      const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state !== 'Z') list.push({ pid: Number(name), ppid: Number(ppid), pgrp: Number(pgrp) });
    } catch {
      // Ended while we looked.
    }
  }
  return list;
}

/** `pid` and all its live descendants (for a server: the primary and its workers). */
export function processTree(pid: number): number[] {
  const all = processes();
  const tree = new Set(all.some((p) => p.pid === pid) ? [pid] : []);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** The live members of process group `pgid`. */
export function processGroup(pgid: number): number[] {
  return processes().filter((p) => p.pgrp === pgid).map((p) => p.pid);
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

/**
 * Stops a server and returns only when every one of its processes has ended and `port` is free, so
 * the next server started on that port cannot meet the old one (or a worker still draining).
 * SIGTERM first (scripts/serve.mjs finishes open requests), SIGKILL to whatever is left after
 * `graceMs`. Without `port`, only the processes are waited for. `group`: the server was spawned detached and `pid` leads its own process group (npm,
 * its shell, the primary and its workers), which is signalled as a whole; otherwise `pid` is the
 * primary, which passes SIGTERM on to its workers.
 */
export async function stopServer(pid: number, port: number | undefined, { group = false, graceMs = 10_000, host = '127.0.0.1' } = {}): Promise<void> {
  // Remembered now: once the primary has ended, its workers are no longer its children.
  const known = new Set(group ? processGroup(pid) : processTree(pid));
  const alive = () => {
    const live = new Set(processes().map((p) => p.pid));
    const left = [...known].filter((p) => live.has(p));
    return group ? [...new Set([...left, ...processGroup(pid)])] : left;
  };
  const gone = async (ms: number) => {
    const until = Date.now() + ms;
    while (alive().length > 0) {
      if (Date.now() > until) return false;
      await sleep(50);
    }
    return true;
  };
  if (alive().length > 0) {
    if (group) signal(-pid, 'SIGTERM');
    else if (alive().includes(pid)) signal(pid, 'SIGTERM');
    else for (const p of alive()) signal(p, 'SIGTERM');
    // A server busy with renders after a load test may take longer than its grace period.
    if (!(await gone(graceMs))) {
      if (group) signal(-pid, 'SIGKILL');
      for (const p of alive()) signal(p, 'SIGKILL');
      if (!(await gone(5000))) throw new Error(`processes ${alive().join(', ')} of the server on port ${port} survived SIGKILL`);
    }
  }
  if (port !== undefined) await waitForPortFree(port, 10_000, host);
}

export interface LocalServer {
  child: ChildProcess;
  port: number;
  /** The last 64 KB the server printed (stdout and stderr). */
  output: () => string;
  /** Ends the server and all its processes; resolves once they are gone and the port is free. */
  stop: () => Promise<void>;
}

/**
 * Starts the production server (scripts/serve.mjs, what `npm start` runs) on the existing build and
 * waits until it says it is ready and /api/health answers on a new connection. Used by the
 * benchmark, the soak test and the Lighthouse audit.
 */
export async function startLocalServer(port: number, env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<LocalServer> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Read for as long as it runs (a full pipe would block the server), keeping only the tail.
  let printed = '';
  const keep = (d: Buffer) => {
    printed = (printed + d.toString()).slice(-65_536);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => printed;
  const stop = () => stopServer(child.pid ?? -1, port);
  try {
    await waitUntilReady(child, port, output, timeoutMs);
  } catch (error) {
    // Only its processes: after a failed start the port may well be someone else's.
    await stopServer(child.pid ?? -1, undefined).catch(() => undefined);
    throw error;
  }
  return { child, port, output, stop };
}
