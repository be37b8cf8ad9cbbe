import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { databasePath, openDatabase } from '@/lib/db/sqlite';
import { PEER_HEADER } from '@/lib/http/socket';
import { siteConfig } from '@/lib/site';

// The route handlers exactly as Next runs them, on a real temporary SQLite file and the fixture content.
const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
let dataDir: string;
const saved = { ...process.env };
let consulting: typeof import('@/app/api/consulting/route');
let reads: typeof import('@/app/api/reads/route');

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-routes-'));
  process.env.DATA_DIR = dataDir;
  process.env.CONTENT_DIR = path.resolve('tests/fixtures/content');
  vi.resetModules();
  consulting = await import('@/app/api/consulting/route');
  reads = await import('@/app/api/reads/route');
});

afterAll(() => {
  process.env = { ...saved };
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// As scripts/serve.mjs passes it: the socket's peer is the local nginx, which forwards the client's address.
function post(url: string, body: string, headers: Record<string, string>): NextRequest {
  return new NextRequest(`http://localhost:3000${url}`, { method: 'POST', body, headers: { host: 'localhost:3000', 'user-agent': BROWSER_UA, [PEER_HEADER]: '127.0.0.1', ...headers } });
}

const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  post('/api/consulting', new URLSearchParams(fields).toString(), { 'content-type': 'application/x-www-form-urlencoded', ...headers });

const lead = {
  lang: 'de',
  name: 'Erika Muster',
  company: 'Muster KG',
  email: 'erika@example.de',
  phone: '',
  topic: 'compliance',
  message: 'Wir brauchen Hilfe beim EU AI Act.',
  consent: 'on',
  website: '',
};

function storedLeads(): { name: string; message: string }[] {
  const db = openDatabase(databasePath(dataDir));
  const rows = db.prepare('SELECT name, message FROM leads ORDER BY id').all() as { name: string; message: string }[];
  db.close();
  return rows;
}

describe('POST /api/consulting', () => {
  it('stores a plain form post and redirects (303) to the confirmation page', async () => {
    const res = await consulting.POST(form(lead, { 'x-forwarded-for': '10.0.0.1' }));
    expect(res.status).toBe(303);
    expect(new URL(res.headers.get('location') ?? '', 'http://localhost:3000').pathname).toBe('/de/consulting/sent');
    expect(storedLeads().map((l) => l.name)).toEqual(['Erika Muster']);
  });

  it('stores an immediate resubmission once', async () => {
    const res = await consulting.POST(form(lead, { 'x-forwarded-for': '10.0.0.1' }));
    expect(res.status).toBe(303);
    expect(storedLeads()).toHaveLength(1);
  });

  it('answers an invalid plain post with a page (422), not a redirect, and stores nothing', async () => {
    const before = storedLeads().length;
    // No server to render the full form page here (the end-to-end tests show it): the minimal page.
    const res = await consulting.POST(form({ ...lead, email: 'kaputt', lang: 'en', message: 'Nicht gespeichert <b>fett</b>' }, { 'x-forwarded-for': '10.0.0.2' }));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('location')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Please enter a valid email address');
    expect(html).not.toContain('<b>');
    expect(storedLeads()).toHaveLength(before);
  });

  it('answers JSON clients with 201, 422 with field errors, and 429 with Retry-After', async () => {
    const json = { accept: 'application/json', 'x-forwarded-for': '10.0.0.3' };
    const ok = await consulting.POST(form({ ...lead, message: 'Anfrage 0 über JSON und fetch.' }, json));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ ok: true });

    const bad = await consulting.POST(form({ ...lead, consent: '' }, json));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({ ok: false, error: 'invalid', errors: { consent: 'consent' } });

    for (let i = 1; i < 5; i++) expect((await consulting.POST(form({ ...lead, message: `Anfrage ${i} über JSON und fetch.` }, json))).status).toBe(201);
    const limited = await consulting.POST(form({ ...lead, message: 'Anfrage 6 über JSON und fetch.' }, json));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error).toBe('rateLimited');
    // A made-up X-Forwarded-For in front of the address nginx appended changes nothing.
    for (const spoof of ['10.9.9.9', '192.0.2.1, 10.8.8.8', 'unknown']) {
      expect((await consulting.POST(form({ ...lead, message: `Anfrage mit ${spoof} über JSON und fetch.` }, { ...json, 'x-forwarded-for': `${spoof}, 10.0.0.3` }))).status).toBe(429);
    }
    // Another client is not affected.
    expect((await consulting.POST(form({ ...lead, message: 'Anfrage von einem anderen Rechner.' }, { ...json, 'x-forwarded-for': '10.0.0.4' }))).status).toBe(201);
  });

  it('never stores the raw client address', () => {
    const db = openDatabase(databasePath(dataDir));
    const keys = db.prepare('SELECT client_key FROM rate_events').pluck().all() as string[];
    const dump = JSON.stringify(db.prepare('SELECT * FROM leads').all());
    db.close();
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(dump).not.toContain('10.0.0.');
  });

  it('drops a filled honeypot but answers like a success', async () => {
    const before = storedLeads().length;
    const res = await consulting.POST(form({ ...lead, website: 'https://spam.example', message: 'Billige Uhren kaufen hier.' }, { 'x-forwarded-for': '10.0.0.5' }));
    expect(res.status).toBe(303);
    expect(storedLeads()).toHaveLength(before);
  });

  it('refuses cross-site posts, oversized bodies and unknown media types', async () => {
    expect((await consulting.POST(form(lead, { origin: 'https://evil.example' }))).status).toBe(403);
    // Behind a proxy that rewrites Host, the configured site origin (SITE_URL) is still accepted.
    const proxied = post('/api/consulting', new URLSearchParams({ ...lead, message: 'Über einen Proxy gesendet.' }).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      host: 'app-internal:8080',
      origin: new URL(siteConfig.url).origin,
      'x-forwarded-for': '10.0.0.9',
    });
    expect((await consulting.POST(proxied)).status).toBe(303);
    expect((await consulting.POST(form({ ...lead, message: 'x'.repeat(20_000) }))).status).toBe(413);
    expect((await consulting.POST(post('/api/consulting', '<xml/>', { 'content-type': 'application/xml' }))).status).toBe(415);
  });
});

describe('POST /api/reads', () => {
  const beacon = (body: unknown, headers: Record<string, string> = {}) =>
    reads.POST(post('/api/reads', JSON.stringify(body), { 'content-type': 'application/json', 'x-forwarded-for': '10.1.0.1', ...headers }));

  function counts(): Record<string, number> {
    const db = openDatabase(databasePath(dataDir));
    const rows = db.prepare('SELECT slug, SUM(reads) AS reads FROM read_counts GROUP BY slug').all() as { slug: string; reads: number }[];
    db.close();
    return Object.fromEntries(rows.map((r) => [r.slug, r.reads]));
  }

  it('counts a read once per visitor and day, again for another visitor', async () => {
    expect((await beacon({ lang: 'de', slug: 'meta-llama' })).status).toBe(204);
    expect((await beacon({ lang: 'de', slug: 'meta-llama' })).status).toBe(204);
    expect((await beacon({ lang: 'de', slug: 'meta-llama' }, { 'x-forwarded-for': '10.1.0.2' })).status).toBe(204);
    expect(counts()).toEqual({ 'meta-llama': 2 });
  });

  it('ignores bots', async () => {
    expect((await beacon({ lang: 'de', slug: 'nvidia-wetter' }, { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' })).status).toBe(204);
    expect(counts()['nvidia-wetter']).toBeUndefined();
  });

  it('answers unknown, unpublished and malformed input with 4xx, never 500', async () => {
    expect((await beacon({ lang: 'de', slug: 'gibt-es-nicht' })).status).toBe(404);
    expect((await beacon({ lang: 'de', slug: 'entwurf-artikel' })).status).toBe(404);
    expect((await beacon({ lang: 'de', slug: 'geplanter-artikel' })).status).toBe(404);
    expect((await beacon({ lang: 'xx', slug: 'meta-llama' })).status).toBe(400);
    expect((await beacon({ slug: 42 })).status).toBe(400);
    expect((await reads.POST(post('/api/reads', '{not json', { 'content-type': 'application/json' }))).status).toBe(400);
    expect(counts()).toEqual({ 'meta-llama': 2 });
  });
});
