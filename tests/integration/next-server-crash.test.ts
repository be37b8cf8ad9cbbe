import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '@/lib/db/sqlite';
import { createSqliteLeadStore } from '@/lib/leads/store';

// The real server: scripts/serve.mjs (`npm start`) on an existing build (NEXT_DIST_DIR, default .next), killed with
// SIGKILL right after it confirmed a request. Skipped, with a reason, when there is no build.
const root = path.resolve(__dirname, '../..');
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const hasBuild = fs.existsSync(path.join(root, distDir, 'BUILD_ID'));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not become healthy');
}

let server: ChildProcess | undefined;
let dataDir: string | undefined;

afterEach(() => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!hasBuild)(`npm start (${distDir}) killed after a confirmed request`, () => {
  it('keeps the request that was answered with 201', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'next-crash-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, NEXT_DIST_DIR: distDir, DATA_DIR: dataDir, NODE_ENV: 'production' },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => server?.on('exit', (_code, signal) => resolve(signal)));
    await waitForHealth(base, server);

    const marker = `Server-Absturz ${Date.now()}`;
    const res = await fetch(`${base}/api/consulting`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.77' },
      body: new URLSearchParams({ lang: 'de', name: 'Server Kill', company: 'Hart AG', email: 'kill@example.de', topic: 'other', message: marker, consent: 'on' }),
    });
    server.kill('SIGKILL');
    expect(res.status).toBe(201);
    expect(await exited).toBe('SIGKILL');

    const db = openDatabase(databasePath(dataDir));
    const leads = await createSqliteLeadStore(db).list();
    db.close();
    expect(leads.map((l) => l.message)).toEqual([marker]);
  }, 60_000);
});
