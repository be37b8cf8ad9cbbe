import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '@/lib/db/sqlite';
import { createSqliteStore } from '@/lib/store/sqlite';
import { distDir, hasBuild, startServer } from '../helpers/server';

// The real server: scripts/serve.mjs (`npm start`) on an existing build (NEXT_DIST_DIR, default
// .next), killed with SIGKILL right after it confirmed a request. Skipped, with a reason, when there
// is no build.
let server: ChildProcess | undefined;
let dataDir: string | undefined;

afterEach(() => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!hasBuild)(`npm start (${distDir}) killed after a confirmed request`, () => {
  it('keeps the request that was answered with 201', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'next-crash-'));
    const started = await startServer({ DATA_DIR: dataDir, NODE_ENV: 'production' });
    server = started.child;
    const base = started.base;

    const marker = `Server-Absturz ${Date.now()}`;
    const res = await fetch(`${base}/api/consulting`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.77' },
      body: new URLSearchParams({ lang: 'de', name: 'Server Kill', company: 'Hart AG', email: 'kill@example.de', topic: 'other', message: marker, consent: 'on' }),
    });
    server.kill('SIGKILL');
    expect(res.status).toBe(201);
    expect((await started.exited).signal).toBe('SIGKILL');

    const store = createSqliteStore(databasePath(dataDir));
    const leads = await store.leads.list();
    await store.close();
    expect(leads.map((l) => l.message)).toEqual([marker]);
  }, 60_000);
});
