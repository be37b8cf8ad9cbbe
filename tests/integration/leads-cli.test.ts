import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '@/lib/db/sqlite';
import { submitLead } from '@/lib/leads/submit';
import { openStore } from '@/lib/store';

const root = path.resolve(__dirname, '../..');
let dataDir: string;

function cli(...args: string[]) {
  return cliWith({}, ...args);
}

function cliWith(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/leads.ts', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, ...env }, encoding: 'utf8' });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leads-cli-'));
  const store = openStore({ kind: 'sqlite', file: databasePath(dataDir) });
  const entries = [
    { name: 'Erste Person', company: 'Alt GmbH', message: 'Die älteste Anfrage im Test.' },
    { name: '=HYPERLINK("http://evil")', company: '+Firma', message: 'Zeile eins\nZeile zwei \u001b[31mrot' },
  ];
  for (const [i, e] of entries.entries()) {
    const result = await submitLead(store.leads, { lang: 'de', email: 'x@example.de', topic: 'other', consent: 'on', ...e }, { clientKey: 'cli', now: 1_700_000_000_000 + i * 1000 });
    if (result.status !== 'stored') throw new Error(JSON.stringify(result));
  }
  await store.close();
});

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('npm run leads', () => {
  it('--help prints usage and exits 0', () => {
    const run = cli('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run leads -- <command>');
    expect(run.stdout).toContain('export --format csv');
  });

  it('list shows requests newest first, with control characters made visible', () => {
    const run = cli('list');
    expect(run.status).toBe(0);
    expect(run.stdout.indexOf('HYPERLINK')).toBeLessThan(run.stdout.indexOf('Erste Person'));
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('\\u001b[31mrot');
  });

  it('export --format csv is newest first and formula-safe', () => {
    const run = cli('export', '--format', 'csv');
    expect(run.status).toBe(0);
    const lines = run.stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('"id","created_at","lang","name","company","email","phone","topic","message","topic_name","origin_path","origin_title","consent_at","privacy_version","handled_at"');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")","'+Firma"`);
    expect(run.stdout).toContain('"Zeile eins\nZeile zwei');
    expect(run.stdout.indexOf('HYPERLINK')).toBeLessThan(run.stdout.indexOf('Erste Person'));
  });

  it('rejects unknown commands and formats with usage and exit code 2', () => {
    expect(cli('export', '--format', 'xlsx').status).toBe(2);
    const run = cli('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
  });

  it('delete erases one request', () => {
    const id = cli('list').stdout.match(/#(\d+) .*\n {2}Erste Person/)?.[1];
    expect(id).toBeDefined();
    expect(cli('delete', id ?? '').status).toBe(0);
    expect(cli('list').stdout).not.toContain('Erste Person');
    expect(cli('delete', id ?? '').status).toBe(2);
  });

  it('list shows topic names and the state of each notification', () => {
    const run = cli('list');
    expect(run.stdout).toContain('Etwas anderes');
    expect(run.stdout).not.toMatch(/\] other\b/);
    expect(run.stdout).toContain('Benachrichtigung: E-Mail: wartet');
  });

  it('handled ID marks a request; retry ID re-queues its failed notifications', () => {
    const id = cli('list').stdout.match(/#(\d+) /)?.[1] ?? '';
    expect(cli('handled', id).stdout).toContain(`Request #${id} marked as handled.`);
    expect(cli('list').stdout).toContain('✓ erledigt');
    expect(cli('retry', id).stdout).toContain(`Request #${id} has no failed notification.`);
    const db = new Database(databasePath(dataDir));
    db.prepare("UPDATE outbox SET state = 'failed', attempts = 5, last_error = 'smtp 550' WHERE lead_id = ?").run(Number(id));
    db.close();
    expect(cli('list').stdout).toContain('E-Mail: fehlgeschlagen (5 Versuche) – smtp 550');
    expect(cli('retry', id).stdout).toContain(`Request #${id}: 1 notification queued again.`);
    expect(cli('list').stdout).toContain('E-Mail: wartet');
    expect(cli('retry', '99999').status).toBe(2);
  });

  it('purge deletes requests older than LEADS_RETENTION_DAYS and says how many', () => {
    expect(cliWith({ LEADS_RETENTION_DAYS: '100000' }, 'purge').stdout).toBe('0 requests older than 100000 days deleted.\n');
    const run = cli('purge');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('1 request older than 180 days deleted.\n');
    expect(cli('list').stdout).toBe('No consulting requests yet.\n');
  });
});
