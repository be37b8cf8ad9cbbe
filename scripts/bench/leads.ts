/**
 * npm run bench:leads [-- --clients 50 --duration 20]
 *
 * Consulting requests under load, through the shipped nginx (deploy/nginx.conf) as in production:
 * 1. SQLite, one instance; 2. PostgreSQL, one instance; 3. PostgreSQL, two instances (two
 * `node scripts/serve.mjs` processes in the nginx upstream). Each client sends distinct valid
 * requests back to back; a request counts as confirmed when it is answered 201 (stored and
 * committed). Afterwards every confirmed request is looked up in the database: "lost" must be 0.
 *
 * The rate limit (5 per 10 minutes and client) would turn almost every request into a 429, so the
 * servers run with LEADS_RATE_LIMIT=1000000000/600 (a bench-only setting): the limit is still
 * evaluated in every transaction (the same queries and locks), it just never says no. Each client
 * sends its own address in X-Forwarded-For (nginx and the instances are on loopback, a trusted
 * proxy), so the 50 clients are 50 rate-limit keys, as 50 readers would be: with one key, every
 * request would queue on that client's lock, which measures a flood from one address instead.
 * PostgreSQL runs with fsync on, like a production server. The load average is printed with the
 * figures: on a shared machine it says how much of the CPU the run had. Needs a build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { makeWorkDir, renderProxyConfig, startNginx } from './nginx';
import { startPostgres } from '../../tests/helpers/postgres';
import { freePort } from '../../tests/helpers/net';
import { hasBuild, startServer, type RunningServer } from '../../tests/helpers/server';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}: expected a positive number`);
  return n;
}

const CLIENTS = arg('--clients', 50);
const DURATION_S = arg('--duration', 20);
const BENCH_ENV = { NODE_ENV: 'production', LEADS_RATE_LIMIT: '1000000000/600' };

interface Result {
  scenario: string;
  confirmed: number;
  failed: number;
  seconds: number;
  p50: number;
  p99: number;
  lost: number;
  notConfirmed: string;
  load: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function load(base: string, prefix: string): Promise<{ confirmed: string[]; latencies: number[]; failed: number; statuses: Map<string, number>; seconds: number }> {
  const confirmed: string[] = [];
  const latencies: number[] = [];
  const statuses = new Map<string, number>();
  const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);
  let failed = 0;
  let seq = 0;
  const started = performance.now();
  const end = started + DURATION_S * 1000;
  const client = async (_: unknown, c: number) => {
    while (performance.now() < end) {
      const message = `${prefix} request ${seq++} for the benchmark.`;
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}/api/consulting`, {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `198.18.${Math.floor(c / 250)}.${(c % 250) + 1}` },
          body: new URLSearchParams({ lang: 'de', name: 'Bench Mark', company: 'Last GmbH', email: 'bench@example.de', topic: 'other', message, consent: 'on' }),
        });
        await res.arrayBuffer();
        if (res.status === 201) {
          latencies.push(performance.now() - t0);
          confirmed.push(message);
        } else {
          failed++;
          count(String(res.status));
        }
      } catch {
        failed++;
        count('network error');
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return { confirmed, latencies: latencies.sort((a, b) => a - b), failed, statuses, seconds: (performance.now() - started) / 1000 };
}

async function scenario(name: string, env: Record<string, string>, instances: number, stored: (prefix: string) => Promise<Set<string>>): Promise<Result> {
  const servers: RunningServer[] = [];
  const workDir = makeWorkDir('bench-leads-nginx-');
  let nginx;
  try {
    for (let i = 0; i < instances; i++) servers.push(await startServer({ ...BENCH_ENV, ...env }));
    const port = await freePort();
    nginx = await startNginx(renderProxyConfig({ port, upstreamPorts: servers.map((s) => Number(new URL(s.base).port)), workDir }), port, workDir);
    const prefix = `bench ${name} ${Date.now()}`;
    const run = await load(`http://127.0.0.1:${port}`, prefix);
    const loadAverage = os.loadavg()[0]?.toFixed(1) ?? '?';
    const inDb = await stored(prefix);
    return {
      scenario: name,
      confirmed: run.confirmed.length,
      failed: run.failed,
      seconds: run.seconds,
      p50: percentile(run.latencies, 50),
      p99: percentile(run.latencies, 99),
      lost: run.confirmed.filter((m) => !inDb.has(m)).length,
      notConfirmed: run.failed === 0 ? '0' : `${run.failed} (${[...run.statuses].map(([k, v]) => `${v}× ${k}`).join(', ')})`,
      load: loadAverage,
    };
  } finally {
    await nginx?.stop();
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.exited));
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!hasBuild) throw new Error('No build: run `npm run build` first.');
  const results: Result[] = [];

  const dataDir = makeWorkDir('bench-leads-sqlite-');
  try {
    results.push(
      await scenario('SQLite, 1 instance', { DATA_DIR: dataDir }, 1, async (prefix) => {
        const db = new Database(path.join(dataDir, 'technow.sqlite'), { readonly: true });
        const rows = db.prepare('SELECT message FROM leads WHERE message LIKE ?').pluck().all(`${prefix}%`) as string[];
        db.close();
        return new Set(rows);
      }),
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const cluster = await startPostgres({ fsync: true });
  const client = new pg.Client({ connectionString: cluster.url });
  try {
    await client.connect();
    const stored = async (prefix: string) => new Set((await client.query<{ message: string }>('SELECT message FROM leads WHERE message LIKE $1', [`${prefix}%`])).rows.map((r) => r.message));
    results.push(await scenario('PostgreSQL, 1 instance', { DATABASE_URL: cluster.url }, 1, stored));
    results.push(await scenario('PostgreSQL, 2 instances', { DATABASE_URL: cluster.url }, 2, stored));
  } finally {
    await client.end().catch(() => undefined);
    await cluster.destroy();
  }

  const rows = results.map((r) => `| ${r.scenario} | ${r.confirmed} | ${(r.confirmed / r.seconds).toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.notConfirmed} | ${r.lost} | ${r.load} |`);
  process.stdout.write(
    [
      `\n${CLIENTS} concurrent clients, ${DURATION_S} s each, through nginx; latency of a stored-and-confirmed (201) request`,
      '',
      `| store | confirmed | req/s | p50 ms | p99 ms | not confirmed | lost | load avg (${os.cpus().length} cores) |`,
      '|---|---:|---:|---:|---:|---|---:|---:|',
      ...rows,
      '',
    ].join('\n'),
  );
  if (results.some((r) => r.lost > 0)) process.exitCode = 1;
}

await main();
