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
});
