import { spawn } from 'node:child_process';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { portIsFree, processGroup, startLocalServer, stopServer, waitForPortFree } from '../../../scripts/local-server';
import { freePort } from '../../helpers/net';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0)) done();
});

/** A listener on 127.0.0.1:port, closed after the test if the test did not close it. */
async function occupy(port: number): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  cleanup.push(() => server.close());
  return server;
}

describe('waitForPortFree (scripts/local-server.ts)', () => {
  it('waits while something listens on the port and returns once it can be bound', async () => {
    const port = await freePort();
    const server = await occupy(port);
    expect(await portIsFree(port)).toBe(false);
    await expect(waitForPortFree(port, 300)).rejects.toThrow(`port ${port} is still in use`);
    setTimeout(() => server.close(), 300);
    const started = Date.now();
    await waitForPortFree(port, 5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(await portIsFree(port)).toBe(true);
  });
});

describe('stopServer (scripts/local-server.ts) on a process group', () => {
  it('returns only when every process of the group is gone and the port is free, killing what ignores SIGTERM', async () => {
    const port = await freePort();
    // Like npm start: a parent that listens and takes a while to stop, and a child that ignores SIGTERM.
    // It says "listening" only once the child has its SIGTERM handler (a booting node would just die).
    const parent = `
      const child = require('child_process').spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000)"], { stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.once('data', () => {
        const server = require('net').createServer().listen(${port}, '127.0.0.1', () => console.log('listening'));
        process.on('SIGTERM', () => setTimeout(() => server.close(() => process.exit(0)), 400));
      });`;
    const child = spawn(process.execPath, ['-e', parent], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    cleanup.push(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    });
    await new Promise((resolve) => child.stdout.once('data', resolve));
    expect(processGroup(child.pid!)).toHaveLength(2);

    const started = Date.now();
    await stopServer(child.pid!, port, { group: true, graceMs: 1000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // the child held out until SIGKILL
    expect(processGroup(child.pid!)).toEqual([]);
    expect(await portIsFree(port)).toBe(true);
  });
});

describe('startLocalServer (scripts/local-server.ts)', () => {
  it('fails at once with what the server printed when it exits before it is ready', async () => {
    const port = await freePort();
    const started = Date.now();
    await expect(startLocalServer(port, { NEXT_DIST_DIR: '.next-missing-for-test' }, 30_000)).rejects.toThrow(/exited \(1\) before it was ready[^]*No build in .*\.next-missing-for-test/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
