import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkDir, renderProxyConfig, startNginx, type NginxHandle } from '../../scripts/bench/nginx';
import { freePort, hasNginx } from '../helpers/net';
import { inCI, postgresMissingReason, startPostgres, type PostgresCluster } from '../helpers/postgres';
import { distDir, hasBuild, root, startServer, type RunningServer } from '../helpers/server';

/*
 * The production setup of docs/production.md for real: two server processes (`node
 * scripts/serve.mjs`, each its own instance on its own port, not the cluster module) on one
 * PostgreSQL, behind deploy/nginx.conf with an upstream of both. Needs a build (skipped with the
 * reason without one, like the other server tests), nginx and PostgreSQL (a failure in CI).
 */

const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const READ_SLUGS = ['alphafold-3-sagt-molekuele-des-lebens-vorher', 'anthropic-claude-3-5-sonnet', 'apple-intelligence-wwdc-2024'];

const missing = !hasBuild ? `no build in ${distDir} (npm run build)` : !hasNginx ? 'nginx not installed' : postgresMissingReason();
const skip = missing !== undefined && !(inCI && hasBuild && hasNginx);

let cluster: PostgresCluster;
let db: pg.Client;
let nginx: NginxHandle | undefined;
let proxy = '';
const workDir = makeWorkDir('instances-');
const servers: RunningServer[] = [];

function lead(message: string) {
  return { lang: 'de', name: 'Ina Instanz', company: 'Zwei Server GmbH', email: 'ina@example.de', topic: 'strategy', message, consent: 'on' };
}

function send(base: string, fields: Record<string, string>, forwardedFor?: string): Promise<Response> {
  return fetch(`${base}/api/consulting`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'user-agent': BROWSER_UA, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: new URLSearchParams(fields),
  });
}

async function storedMessages(like: string): Promise<string[]> {
  return (await db.query<{ message: string }>('SELECT message FROM leads WHERE message LIKE $1 ORDER BY id', [`${like}%`])).rows.map((r) => r.message);
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/leads.ts', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: cluster.url }, encoding: 'utf8' });
}

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, attempts = 150): Promise<T> {
  let value = await probe();
  for (let i = 0; i < attempts && !ok(value); i++) {
    await new Promise((r) => setTimeout(r, 200));
    value = await probe();
  }
  return value;
}

const popular = (base: string) =>
  fetch(`${base}/api/popular?lang=de`)
    .then((r) => r.json() as Promise<{ articles: { slug: string }[] }>)
    .then((j) => j.articles.map((a) => a.slug));

describe.skipIf(skip)(`two instances on one PostgreSQL behind nginx${skip ? ` (skipped: ${missing})` : ''}`, () => {
  beforeAll(async () => {
    if (missing) throw new Error(`CI must run the multi-instance test: ${missing}`);
    cluster = await startPostgres();
    db = new pg.Client({ connectionString: cluster.url });
    // The fault test stops PostgreSQL under this connection: its error must not end the test run.
    db.on('error', () => undefined);
    await db.connect();
    const env = { DATABASE_URL: cluster.url, NODE_ENV: 'production', POPULAR_REFRESH_MS: '200', PG_CONNECT_TIMEOUT_MS: '1000' };
    // Started together: both migrate at start, under the advisory lock.
    servers.push(...(await Promise.all([startServer(env), startServer(env)])));
    const port = await freePort();
    nginx = await startNginx(renderProxyConfig({ port, upstreamPorts: servers.map((s) => Number(new URL(s.base).port)), workDir }), port, workDir);
    proxy = `http://127.0.0.1:${port}`;
  }, 240_000);

  afterAll(async () => {
    for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.exited));
    await nginx?.stop();
    await db?.end().catch(() => undefined);
    await cluster?.destroy();
    fs.rmSync(workDir, { recursive: true, force: true });
  }, 60_000);

  it('stores a request sent through either instance once and lists it once', async () => {
    const [a, b] = servers;
    const marker = `Beide Instanzen ${Date.now()}: dieselbe Anfrage.`;
    const first = await send(a?.base ?? '', lead(marker), '198.51.100.1');
    const again = await send(b?.base ?? '', lead(marker), '198.51.100.1');
    const viaProxy = await send(proxy, lead(`${marker} Über nginx.`), '198.51.100.1');
    expect([first.status, again.status, viaProxy.status]).toEqual([201, 200, 201]);
    expect(await storedMessages(marker)).toEqual([marker, `${marker} Über nginx.`]);

    const list = cli('list');
    expect(list.status).toBe(0);
    expect(list.stdout.split(marker)).toHaveLength(3); // two requests, each listed once
    expect(list.stdout).toContain('KI-Strategie');
    expect(list.stdout).toContain('E-Mail: wartet');
    expect(list.stdout + list.stderr).not.toContain(cluster.password);
  }, 60_000);

  it('counts the rate limit across instances', async () => {
    // Each test starts with no rate events, however the HTTP layer derives the client from the address.
    await db.query('DELETE FROM rate_events');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await send(servers[i % 2]?.base ?? '', lead(`Limit über Instanzen, Anfrage ${i}.`), '198.51.100.2');
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  }, 60_000);

  it('ranks "Beliebte Artikel" the same on both instances from reads counted on both', async () => {
    let n = 0;
    for (const [i, slug] of READ_SLUGS.entries()) {
      for (let v = 0; v < READ_SLUGS.length - i; v++) {
        const base = servers[n++ % 2]?.base ?? '';
        const res = await fetch(`${base}/api/reads`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': `${BROWSER_UA} reader-${v}` },
          body: JSON.stringify({ lang: 'de', slug }),
        });
        expect(res.status).toBe(204);
      }
    }
    const expected = (list: string[]) => READ_SLUGS.every((slug, i) => list[i] === slug);
    const onA = await eventually(() => popular(servers[0]?.base ?? ''), expected);
    const onB = await eventually(() => popular(servers[1]?.base ?? ''), expected);
    expect(onA.slice(0, 3)).toEqual(READ_SLUGS);
    expect(onB).toEqual(onA);
  }, 90_000);

  it('loses no confirmed request when one instance is killed with SIGKILL, and nginx keeps serving', async () => {
    const victim = servers[0];
    const prefix = `Kill-Test ${Date.now()}`;
    const confirmed: string[] = [];
    let failures = 0;
    let stop = false;
    let seq = 0;
    const client = async (c: number) => {
      while (!stop) {
        const i = seq++;
        const message = `${prefix} Anfrage ${c}-${i}.`;
        try {
          // A different client address per request: this test is about durability, not the rate limit.
          const res = await send(proxy, lead(message), `203.0.${Math.floor(i / 250)}.${(i % 250) + 1}`);
          if (res.status === 201) confirmed.push(message);
          else failures++;
        } catch {
          failures++;
        }
      }
    };
    await db.query('DELETE FROM rate_events');
    const clients = Array.from({ length: 6 }, (_, c) => client(c));
    await eventually(async () => confirmed.length, (n) => n >= 20);
    victim?.child.kill('SIGKILL');
    expect((await victim?.exited)?.signal).toBe('SIGKILL');
    const atKill = confirmed.length;
    await eventually(async () => confirmed.length, (n) => n >= atKill + 30);
    stop = true;
    await Promise.all(clients);

    expect(confirmed.length).toBeGreaterThanOrEqual(atKill + 30);
    const stored = new Set(await storedMessages(prefix));
    expect(confirmed.filter((m) => !stored.has(m))).toEqual([]);
    // Only requests cut off inside the killed instance may fail; never a confirmed one.
    expect(failures).toBeLessThan(confirmed.length);
    const page = await fetch(`${proxy}/de`);
    expect(page.status).toBe(200);
  }, 120_000);

  it('answers 503 while PostgreSQL is down, keeps serving pages, reports degraded, and recovers without a restart', async () => {
    const alive = servers[1]?.base ?? '';
    await db.query('DELETE FROM rate_events');
    await cluster.stop();
    try {
      const down = await send(alive, lead(`Während der Datenbankpause ${Date.now()}.`), '198.51.100.9');
      expect(down.status).toBe(503);
      const body = await down.text();
      expect(JSON.parse(body)).toMatchObject({ ok: false, error: 'unavailable' });
      expect(body).not.toContain(cluster.password);

      const viaProxy = await send(proxy, lead(`Über nginx in der Pause ${Date.now()}.`), '198.51.100.9');
      expect(viaProxy.status).toBe(503);
      expect((await fetch(`${proxy}/de`)).status).toBe(200);
      expect((await fetch(`${alive}/de/consulting`)).status).toBe(200);

      const health = await fetch(`${alive}/api/health`);
      expect(health.status).toBe(200);
      const report = (await health.json()) as { status: string; database: string; detail?: string };
      expect(report).toMatchObject({ status: 'degraded', database: 'degraded' });
      expect(JSON.stringify(report)).not.toContain(cluster.password);
      expect((await fetch(`${alive}/api/health?require=database`)).status).toBe(503);
    } finally {
      await cluster.start();
    }
    const back = await eventually(
      () => send(alive, lead(`Nach der Pause ${Date.now()}.`), '198.51.100.10').then((r) => r.status),
      (status) => status === 201,
      50,
    );
    expect(back).toBe(201);
    expect((await fetch(`${alive}/api/health?require=database`)).status).toBe(200);
  }, 120_000);

  it('never prints the connection string password', () => {
    const printed = servers.map((s) => s.output()).join('\n');
    expect(printed).not.toContain(cluster.password);
    expect(printed).not.toContain(encodeURIComponent(cluster.password));
    const log = path.join(workDir, 'error.log');
    if (fs.existsSync(log)) expect(fs.readFileSync(log, 'utf8')).not.toContain(cluster.password);
  });
});
