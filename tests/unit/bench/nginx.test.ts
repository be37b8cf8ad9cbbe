import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findServerBlock, makeWorkDir, renderProxyConfig, renderStaticConfig, startNginx, type NginxHandle } from '../../../scripts/bench/nginx';
import { freePort, hasNginx } from '../../helpers/net';

// The shipped deploy/nginx.conf against a stand-in upstream that answers like Next.js does.
const hits = new Map<string, number>();
const bigBody = `<html><body>${crypto.randomBytes(150_000).toString('base64')}</body></html>`;
const encodedHits = new Map<string, number>();
const upstream = http.createServer((req, res) => {
  const encoding = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? 'gzip' : '';
  const key = `${req.url}|${req.headers.rsc ?? ''}`;
  hits.set(key, (hits.get(key) ?? 0) + 1);
  const byEncoding = `${req.url}|${encoding || 'plain'}`;
  encodedHits.set(byEncoding, (encodedHits.get(byEncoding) ?? 0) + 1);
  const url = req.url ?? '/';
  res.setHeader('Vary', 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Seen-Accept-Encoding', String(req.headers['accept-encoding'] ?? 'none'));
  if (url === '/') {
    res.writeHead(307, { Location: '/de', 'Cache-Control': 'private, no-store' }).end();
  } else if (url.startsWith('/api/')) {
    res.writeHead(200, { 'Cache-Control': 'public, s-maxage=600', 'Content-Type': 'application/json' }).end('{"ok":true}');
  } else if (url.startsWith('/de/big')) {
    // Larger than nginx's output buffers even compressed (random bytes do not compress).
    const body = bigBody;
    res.writeHead(200, { 'Cache-Control': 'public, max-age=0, s-maxage=600', 'Content-Type': 'text/html', ...(encoding ? { 'Content-Encoding': 'gzip' } : {}) });
    res.end(encoding ? gzipSync(body) : body);
  } else if (url.startsWith('/de/uncached')) {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>no cache header</p>');
  } else {
    // Like Next: compresses when the request accepts gzip.
    const body = req.headers.rsc ? '0:rsc payload' : `<html><body>${'page '.repeat(400)}</body></html>`;
    res.writeHead(200, {
      'Cache-Control': 'public, max-age=0, s-maxage=600, stale-while-revalidate=86400',
      'Content-Type': req.headers.rsc ? 'text/x-component' : 'text/html',
      ...(encoding ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(encoding ? gzipSync(body) : body);
  }
});

let nginx: NginxHandle | undefined;
let base = '';
const workDir = makeWorkDir('nginx-test-');

beforeAll(async () => {
  if (!hasNginx) return;
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
  const upstreamPort = (upstream.address() as AddressInfo).port;
  const port = await freePort();
  nginx = await startNginx(renderProxyConfig({ port, upstreamPort, workDir }), port, workDir);
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await nginx?.stop();
  await new Promise<void>((r) => (upstream.listening ? upstream.close(() => r()) : r()));
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe.skipIf(!hasNginx)('deploy/nginx.conf (caching reverse proxy)', () => {
  it('caches a page that allows it: MISS, then HIT without asking the upstream again', async () => {
    const first = await fetch(`${base}/de/articles/x`);
    expect(first.headers.get('x-cache-status')).toBe('MISS');
    const second = await fetch(`${base}/de/articles/x`);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-cache-status')).toBe('HIT');
    expect(second.headers.get('cache-control')).toContain('s-maxage=600');
    expect(second.headers.get('x-content-type-options')).toBe('nosniff');
    expect(hits.get('/de/articles/x|')).toBe(1);
  });

  it('keeps HTML and RSC payloads of the same URL apart', async () => {
    await fetch(`${base}/de/articles/y`);
    const rsc = await fetch(`${base}/de/articles/y`, { headers: { rsc: '1' } });
    expect(await rsc.text()).toBe('0:rsc payload');
    const html = await fetch(`${base}/de/articles/y`);
    expect(html.headers.get('x-cache-status')).toBe('HIT');
    expect(await html.text()).toContain('<html>');
  });

  it('never stores private responses, API answers or responses without a cache header', async () => {
    for (const url of ['/', '/api/search?q=ki', '/de/uncached']) {
      await fetch(`${base}${url}`, { redirect: 'manual' });
      const again = await fetch(`${base}${url}`, { redirect: 'manual' });
      expect(again.headers.get('x-cache-status') ?? 'none', url).not.toBe('HIT');
    }
    expect(hits.get('/|')).toBe(2);
    expect(hits.get('/api/search?q=ki|')).toBe(2);
    expect(hits.get('/de/uncached|')).toBe(2);
  });

  it('stores the gzip copy the upstream made and sends it as stored to every client that accepts gzip', async () => {
    const gzip = await fetch(`${base}/de/articles/z`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('x-seen-accept-encoding')).toBe('gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get('vary')).toContain('Accept-Encoding');
    expect(await gzip.text()).toContain('<html>');
    // A browser's "br, gzip" gets the same stored copy: no second request upstream.
    const browser = await fetch(`${base}/de/articles/z`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(browser.headers.get('x-cache-status')).toBe('HIT');
    expect(browser.headers.get('content-encoding')).toBe('gzip');
    expect(encodedHits.get('/de/articles/z|gzip')).toBe(1);
  });

  it('keeps a plain copy for a client that asks for no compression', async () => {
    await fetch(`${base}/de/articles/w`, { headers: { 'Accept-Encoding': 'gzip' } });
    const plain = await fetch(`${base}/de/articles/w`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('x-seen-accept-encoding')).toBe('none');
    expect(await plain.text()).toContain('<html>');
    const again = await fetch(`${base}/de/articles/w`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(again.headers.get('x-cache-status')).toBe('HIT');
    expect(encodedHits.get('/de/articles/w|plain')).toBe(1);
    expect(encodedHits.get('/de/articles/w|gzip')).toBe(1);
  });
});

describe.skipIf(!hasNginx)('deploy/nginx.conf: cached copies go out whole', () => {
  it('sends a cached gzip copy larger than the output buffers byte for byte, with Vary, to every gzip client', async () => {
    const get = (ae: string) => new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http.get(`${base}/de/big`, { headers: { 'Accept-Encoding': ae } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    await get('gzip');
    for (const ae of ['gzip', 'br, gzip', 'gzip, deflate, br, zstd']) {
      const hit = await get(ae);
      expect(hit.headers['x-cache-status'], ae).toBe('HIT');
      expect(hit.headers['content-encoding'], ae).toBe('gzip');
      expect(hit.headers.vary, ae).toContain('Accept-Encoding');
      expect(gunzipSync(hit.body).toString(), ae).toBe(bigBody);
    }
    // A client that asks for no compression gets the plain page, whole, from its own cached copy.
    await get('identity');
    const plain = await get('identity');
    expect(plain.headers['x-cache-status']).toBe('HIT');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('Accept-Encoding');
    expect(plain.body.toString()).toBe(bigBody);
  });
});

describe('nginx configuration rendering', () => {
  it('gives the static baseline exactly the shipped http settings, only another server block', () => {
    const proxy = renderProxyConfig({ port: 1234, upstreamPort: 5678, workDir });
    const stat = renderStaticConfig({ port: 1234, root: '/srv', workDir });
    const outside = (conf: string) => {
      const { start, end } = findServerBlock(conf);
      return (conf.slice(0, start) + conf.slice(end)).replace(/server 127\.0\.0\.1:\d+/g, 'server …');
    };
    expect(outside(stat)).toBe(outside(proxy));
    expect(stat).toMatch(/^worker_processes auto;/m);
    const server = stat.slice(findServerBlock(stat).start);
    expect(server).toContain('gzip_static on;');
    expect(server).not.toContain('proxy_pass');
  });

  it('finds the server block past braces in comments and quoted regular expressions', () => {
    const conf = 'http {\n  # a { in a comment\n  map $x $y { "~^a{2}" 1; }\n  server {\n    location / { if ($y) { return 404; } }\n  }\n}\n';
    const { start, end } = findServerBlock(conf);
    expect(conf.slice(start, end).trim()).toBe('server {\n    location / { if ($y) { return 404; } }\n  }');
  });

  it('rewrites every line the bench depends on and nothing is left pointing at system paths', () => {
    const conf = renderProxyConfig({ port: 1234, upstreamPort: 5678, workDir });
    expect(conf).toContain('listen 127.0.0.1:1234;');
    expect(conf).toMatch(/^\s*server 127\.0\.0\.1:5678[ ;]/m);
    expect(conf.match(/^\s*server 127\.0\.0\.1:\d+/gm)).toHaveLength(1);
    expect(conf).not.toMatch(/\/var\/(cache|log|lib)|\/run\/nginx/);
    expect(renderStaticConfig({ port: 1, root: '/srv', workDir })).toContain('root /srv;');
  });

  it('puts every given instance into the upstream, and only those', () => {
    const conf = renderProxyConfig({ port: 1234, upstreamPorts: [5678, 5679], workDir });
    const upstream = /upstream technow \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    expect(upstream.match(/server 127\.0\.0\.1:(\d+)/g)).toEqual(['server 127.0.0.1:5678', 'server 127.0.0.1:5679']);
  });

  it('fails loudly when the shipped file no longer has a line the bench rewrites', () => {
    expect(() => renderProxyConfig({ port: 1, upstreamPort: 2, workDir, source: 'events {}' })).toThrow(/deploy\/nginx.conf/);
  });
});
