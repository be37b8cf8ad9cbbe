import path from 'node:path';
import { NextRequest } from 'next/server';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AcceptResult, LeadRequest } from '@/lib/leads/accept';

/*
 * The route handler's side of the contract with storage: what it hands to acceptLead (the client
 * address behind trusted proxies, the origin page) and how it answers each result. acceptLead is
 * replaced here because a database that is down cannot be produced on demand with SQLite; the
 * store's own tests cover acceptLead itself.
 */
const calls: LeadRequest[] = [];
let next: AcceptResult = { status: 'stored', id: 1 };
vi.mock('@/lib/leads/accept', () => ({
  acceptLead: async (request: LeadRequest): Promise<AcceptResult> => {
    calls.push(request);
    return next;
  },
}));

let consulting: typeof import('@/app/api/consulting/route');

beforeAll(async () => {
  process.env.CONTENT_DIR = path.resolve('tests/fixtures/content');
  delete process.env.TRUSTED_PROXIES;
  consulting = await import('@/app/api/consulting/route');
});

beforeEach(() => {
  calls.length = 0;
});

const lead = { lang: 'de', name: 'Erika Muster', company: 'Muster KG', email: 'erika@example.de', topic: 'compliance', message: 'Wir brauchen Hilfe beim EU AI Act.', consent: 'on' };

function post(fields: Record<string, string>, headers: Record<string, string> = {}): NextRequest {
  return new NextRequest('http://localhost:3000/api/consulting', {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { host: 'localhost:3000', 'content-type': 'application/x-www-form-urlencoded', 'x-technow-peer': '127.0.0.1', ...headers },
  });
}

describe('POST /api/consulting → acceptLead', () => {
  it('passes the right-most untrusted address and the origin from the hidden field', async () => {
    next = { status: 'stored', id: 7 };
    const res = await consulting.POST(post({ ...lead, from: '/de/articles/meta-llama' }, { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }));
    expect(res.status).toBe(303);
    expect(calls[0]?.clientAddress).toBe('198.51.100.7');
    expect(calls[0]?.origin.path).toBe('/de/articles/meta-llama');
    expect(calls[0]?.origin.title).toBeTruthy();
    expect(typeof calls[0]?.now).toBe('number');
  });

  it('takes the origin from the consulting page named in Referer when the form had no script to fill it', async () => {
    await consulting.POST(post(lead, { referer: 'http://localhost:3000/de/consulting?from=/de/archive' }));
    expect(calls[0]?.origin).toEqual({ path: '/de/archive' });
  });

  it('drops an origin that is not a path of this site, and still accepts the request', async () => {
    const res = await consulting.POST(post({ ...lead, from: 'https://evil.example/phish' }));
    expect(res.status).toBe(303);
    expect(calls[0]?.origin).toEqual({});
  });
});

describe('POST /api/consulting with the database down', () => {
  beforeAll(() => {
    next = { status: 'unavailable' };
  });

  it('answers JSON clients 503 with Retry-After', async () => {
    const res = await consulting.POST(post(lead, { accept: 'application/json' }));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toEqual({ ok: false, error: 'unavailable', retryAfter: 30 });
  });

  it('answers a plain form 503 with a page telling the reader to try again shortly', async () => {
    const res = await consulting.POST(post(lead));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(res.headers.get('cache-control')).toBe('no-store');
    // Without a server to render the full form page here, the minimal page (the e2e tests show the full one).
    expect(await res.text()).toContain('Bitte versuche es gleich noch einmal');
  });
});
