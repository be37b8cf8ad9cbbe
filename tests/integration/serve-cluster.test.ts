import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { distDir, hasBuild, startServer } from '../helpers/server';

// scripts/serve.mjs with WEB_CONCURRENCY=2 on an existing build (NEXT_DIST_DIR, default .next).
let server: ChildProcess | undefined;
let dataDir: string | undefined;

afterEach(() => {
  if (server?.pid && server.exitCode === null) {
    for (const pid of children(server.pid)) process.kill(pid, 'SIGKILL');
    server.kill('SIGKILL');
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function children(pid: number): number[] {
  try {
    return execFileSync('ps', ['--ppid', String(pid), '-o', 'pid='], { encoding: 'utf8' }).split('\n').map((l) => Number(l.trim())).filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

/** Pids holding the listening TCP socket of 127.0.0.1:port (Linux /proc: socket inode → open fds). */
function listenerOwners(port: number): number[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set(
    fs
      .readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((f) => f[1] === `0100007F:${hexPort}` && f[3] === '0A') // 0A: LISTEN
      .map((f) => `socket:[${f[9]}]`),
  );
  const owners: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readdirSync(`/proc/${pid}/fd`).some((fd) => inodes.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`)))) owners.push(Number(pid));
    } catch {
      // Gone, or not ours to read.
    }
  }
  return owners;
}

describe.skipIf(!hasBuild)(`npm start with WEB_CONCURRENCY=2 (${distDir})`, () => {
  it('serves from two processes on one port and stops them all on SIGTERM', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-cluster-'));
    const started = await startServer({ DATA_DIR: dataDir, WEB_CONCURRENCY: '2' });
    server = started.child;
    const base = started.base;
    expect(children(server.pid!)).toHaveLength(2);

    const answers = await Promise.all(Array.from({ length: 40 }, () => fetch(`${base}/de/articles/klarna-halbiert-belegschaft-mit-ki`).then((r) => r.status)));
    expect(new Set(answers)).toEqual(new Set([200]));

    const workers = children(server.pid!);
    server.kill('SIGTERM');
    expect((await started.exited).code).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0), `worker ${pid} still running`).toThrow();
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  });

  it('gives each process its own private revalidation port, so its page cache is expired in that process', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-cluster-'));
    const started = await startServer({ DATA_DIR: dataDir, WEB_CONCURRENCY: '2' });
    server = started.child;
    const workers = children(server.pid!);
    const lines = [...started.output().matchAll(/^server process (\d+) listening on \S+ \(private port 127\.0\.0\.1:(\d+)\)$/gm)];
    expect(lines.map((m) => Number(m[1])).sort()).toEqual([...workers].sort());
    const privatePorts = lines.map((m) => Number(m[2]));
    expect(new Set(privatePorts).size).toBe(2);
    // A port shared through the cluster primary would be held by the primary, not by the worker.
    for (const [i, m] of lines.entries()) expect(listenerOwners(privatePorts[i]!), `private port of ${m[1]}`).toEqual([Number(m[1])]);

    // Requests to both processes load the app's publication model, after which each expires its
    // page cache through its private port at once; a call that reached the other process got a 404.
    await Promise.all(Array.from({ length: 20 }, () => fetch(`${started.base}/de`).then((r) => r.arrayBuffer())));
    await new Promise((r) => setTimeout(r, 1500));
    expect(started.output()).not.toMatch(/page cache invalidation failed|no publication schedule|registered no publication model/);
    await started.stop();
    expect(workers.filter((pid) => fs.existsSync(`/proc/${pid}`)), 'workers still running').toEqual([]);
  });
});
