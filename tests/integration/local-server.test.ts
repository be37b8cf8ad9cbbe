import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { portIsFree, processTree, startLocalServer, type LocalServer } from '../../scripts/local-server';
import { distDir, hasBuild } from '../helpers/server';
import { freePort } from '../helpers/net';

// scripts/local-server.ts (bench, soak, Lighthouse) against the real server on the existing build.
let server: LocalServer | undefined;
let blocker: net.Server | undefined;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-server-'));

afterEach(async () => {
  await server?.stop().catch(() => undefined);
  server = undefined;
  blocker?.close();
  blocker = undefined;
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(!hasBuild)(`startLocalServer with WEB_CONCURRENCY=2 (${distDir})`, () => {
  it('is ready only once both processes listen, and stop() returns when all are gone and the port is free', async () => {
    const port = await freePort();
    server = await startLocalServer(port, { NEXT_DIST_DIR: distDir, DATA_DIR: dataDir, WEB_CONCURRENCY: '2' });
    const output = server.output();
    const listening = [...output.matchAll(/^server process (\d+) listening on http:\/\/127\.0\.0\.1:(\d+) /gm)];
    expect(listening.map((m) => Number(m[2]))).toEqual([port, port]);
    const ready = output.search(/^▲ TechNow ready on http:\/\/127\.0\.0\.1:\d+ \(build .*, 2 processes\)$/m);
    expect(ready).toBeGreaterThan(output.lastIndexOf('listening on'));

    const pids = processTree(server.child.pid!);
    expect(pids.sort()).toEqual([server.child.pid!, ...listening.map((m) => Number(m[1]))].sort());
    await server.stop();
    expect(pids.filter((pid) => processTree(pid).length > 0), 'processes still running').toEqual([]);
    expect(await portIsFree(port)).toBe(true);
  });

  it('fails fast, with the reason, when a worker cannot listen', async () => {
    const port = await freePort();
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker!.listen(port, '127.0.0.1', resolve));
    const started = Date.now();
    await expect(startLocalServer(port, { NEXT_DIST_DIR: distDir, DATA_DIR: dataDir, WEB_CONCURRENCY: '2' }, 60_000)).rejects.toThrow(
      /exited \(1\) before it was ready[^]*could not listen on 127\.0\.0\.1:\d+: .*EADDRINUSE/,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
