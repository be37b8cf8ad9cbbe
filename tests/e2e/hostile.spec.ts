import net from 'node:net';
import { expect, test } from '@playwright/test';
import { makeWorkDir, renderProxyConfig, startNginx } from '../../scripts/bench/nginx';
import { freePort, hasNginx } from '../helpers/net';

/**
 * Hostile requests against the built site. Sent over a raw socket: fetch and Playwright's request
 * context would normalise "..", reject NUL or broken UTF-8, and never send them as written.
 * Contract: never a 5xx, never a stack trace or a server path in the body; 4xx (or a redirect to a
 * language) where the request makes no sense.
 */

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function rawRequest(baseURL: string, options: { method?: string; path: string | Buffer; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  const method = options.method ?? 'GET';
  const extra = Object.entries(options.headers ?? {}).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  const body = options.body ?? '';
  const head = Buffer.concat([
    Buffer.from(`${method} `),
    Buffer.isBuffer(options.path) ? options.path : Buffer.from(options.path, 'latin1'),
    Buffer.from(` HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n${extra}${body ? `Content-Length: ${Buffer.byteLength(body)}\r\n` : ''}\r\n${body}`),
  ]);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error('timeout')));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [headText = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = headText.split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status, headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(head);
  });
}

const STACK_TRACE = /\n\s+at [^\n]+:\d+:\d+|webpack-internal:|node_modules\/|\/work\/|\.next[\w-]*\/server\/|ENOENT|EACCES|TypeError:|ReferenceError:/;
const LEAKED_FILE = /root:x:0:0|"devDependencies"|"dependencies"\s*:/;

function expectSafe(res: RawResponse, label: string) {
  expect(res.status, `${label}: no answer`).toBeGreaterThan(0);
  expect(res.status, `${label}: ${res.status}`).toBeLessThan(500);
  expect(res.body, `${label}: stack trace or server path in the body`).not.toMatch(STACK_TRACE);
  expect(res.body, `${label}: leaked a file`).not.toMatch(LEAKED_FILE);
}

/** Follows redirects (up to 4) the way a browser would, but with raw requests. */
async function follow(baseURL: string, path: string | Buffer, headers?: Record<string, string>): Promise<{ final: RawResponse; chain: number[] }> {
  let res = await rawRequest(baseURL, { path, headers });
  const chain = [res.status];
  for (let i = 0; i < 4 && res.status >= 300 && res.status < 400 && res.headers.location; i++) {
    const next = new URL(res.headers.location, baseURL);
    res = await rawRequest(baseURL, { path: next.pathname + next.search, headers });
    chain.push(res.status);
  }
  return { final: res, chain };
}

test.describe('hostile requests', () => {
  test('path traversal, plain and (double-)encoded, never escapes and never errors', async ({ baseURL }) => {
    const paths = [
      '/../../../../etc/passwd',
      '/de/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/de/%2e%2e/%2e%2e/package.json',
      '/%252e%252e/%252e%252e/etc/passwd',
      '/de/articles/..%2f..%2f..%2fpackage.json',
      '/de/articles/%252e%252e%252f%252e%252e%252fpackage.json',
      '/de/articles/....//....//package.json',
      '/_next/static/..%2f..%2f..%2fpackage.json',
      '/_next/static/%2e%2e/%2e%2e/package.json',
      '/_next/image?url=%2F..%2F..%2Fpackage.json&w=640&q=75',
      '/_next/image?url=file%3A%2F%2F%2Fetc%2Fpasswd&w=640&q=75',
      '/de/category/..%5c..%5c..%5cpackage.json',
      '/images/..%2f..%2fpackage.json',
    ];
    for (const path of paths) {
      const { final } = await follow(baseURL!, path);
      expectSafe(final, path);
      expect(final.status, path).toBeGreaterThanOrEqual(400);
    }
  });

  test('NUL bytes and broken UTF-8 are answered with a 4xx', async ({ baseURL }) => {
    const paths: (string | Buffer)[] = [
      '/de/articles/%00',
      '/de/articles/abc%00.md',
      '/de/%00/x',
      '/de/articles/%C3%28',
      '/de/articles/%FF%FE%FD',
      '/de/category/%E0%A4%A',
      '/de/tag/%ED%A0%80',
      '/de/search?q=%E0%A4%A',
      '/de/search?q=%00%00',
      Buffer.from([0x2f, 0x64, 0x65, 0x2f, 0x61, 0x72, 0x74, 0x69, 0x63, 0x6c, 0x65, 0x73, 0x2f, 0xff, 0xfe]),
    ];
    for (const path of paths) {
      const label = Buffer.isBuffer(path) ? `raw bytes ${path.toString('hex')}` : path;
      const { final } = await follow(baseURL!, path);
      expectSafe(final, label);
      // The search page answers 200 for any query text; everything else names nothing that exists.
      if (!label.startsWith('/de/search')) expect(final.status, label).toBeGreaterThanOrEqual(400);
    }
  });

  test('3,000-character paths get a 4xx or a redirect to a language, never a 5xx', async ({ baseURL }) => {
    const long = 'a'.repeat(3000);
    for (const path of [`/de/articles/${long}`, `/${long}`, `/de/${long}/${long}`, `/de/category/${'%C3%A4'.repeat(500)}`, `/${'%2e%2e/'.repeat(400)}`]) {
      const { final, chain } = await follow(baseURL!, path);
      expectSafe(final, `${path.slice(0, 40)}… (${chain.join(' → ')})`);
    }
  });

  test('unknown language prefixes end in a 404, not a 5xx', async ({ baseURL }) => {
    for (const path of ['/fr', '/fr/articles/x', '/xx/category/business', '/de-AT/articles/x', '/zz/feed.xml']) {
      const { final, chain } = await follow(baseURL!, path);
      expectSafe(final, path);
      expect(final.status, `${path} (${chain.join(' → ')})`).toBe(404);
    }
    // A real language typed in capitals is one permanent redirect away from its page.
    const { final, chain } = await follow(baseURL!, '/DE/archive');
    expect(chain).toEqual([308, 200]);
    expect(final.status).toBe(200);
  });

  test('a 10 KB query string is ignored or refused, never a 5xx', async ({ baseURL }) => {
    const query = `q=${'x'.repeat(10_000)}`;
    for (const path of [`/de?${query}`, `/de/search?${query}`, `/api/search?${query}`, `/de?${'a=1&'.repeat(2500)}`]) {
      const res = await rawRequest(baseURL!, { path });
      expectSafe(res, `${path.slice(0, 30)}…`);
    }
  });

  test('unusual methods: no 5xx; pages answer only GET and HEAD (405 otherwise)', async ({ baseURL }) => {
    for (const path of ['/de', '/de/articles/does-not-matter', '/api/health']) {
      for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'FOO']) {
        const res = await rawRequest(baseURL!, { method, path, body: method === 'PUT' || method === 'PATCH' ? '{}' : undefined });
        expectSafe(res, `${method} ${path}`);
        // OPTIONS on a route handler is answered by Next itself with 204 and an Allow header.
        const allowed = method === 'OPTIONS' && path.startsWith('/api/') ? [204, 405] : [400, 405];
        expect(allowed, `${method} ${path} → ${res.status}`).toContain(res.status);
      }
    }
    const head = await rawRequest(baseURL!, { method: 'HEAD', path: '/api/health' });
    expect(head.status).toBe(200);
  });

  // Next alone answers TRACE with a 500 (Node's fetch cannot build a Request for it) and drops
  // CONNECT; scripts/serve.mjs refuses both first. TRACK is not HTTP to Node's parser: 400.
  test('TRACE, TRACK and CONNECT get a 405 or 400 from the server, with the security headers', async ({ baseURL }) => {
    for (const method of ['TRACE', 'TRACK', 'CONNECT']) {
      for (const path of ['/de', '/de/articles/klarna-halbiert-belegschaft-mit-ki', '/api/health', '/_next/static/x.js']) {
        const res = await rawRequest(baseURL!, { method, path });
        expectSafe(res, `${method} ${path}`);
        expect(method === 'TRACK' ? [400] : [405], `${method} ${path} → ${res.status}`).toContain(res.status);
      }
    }
    const trace = await rawRequest(baseURL!, { method: 'TRACE', path: '/de' });
    expect(trace.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(trace.headers['x-content-type-options']).toBe('nosniff');
  });

  test('TRACE and TRACK are refused by the reverse proxy in deploy/nginx.conf', async ({ baseURL }) => {
    test.skip(!hasNginx, 'nginx is not installed (Debian: apt-get install nginx-light)');
    const port = await freePort();
    const workDir = makeWorkDir('nginx-hostile-');
    const nginx = await startNginx(renderProxyConfig({ port, upstreamPort: Number(new URL(baseURL!).port), workDir }), port, workDir);
    try {
      for (const method of ['TRACE', 'TRACK', 'CONNECT']) {
        for (const path of ['/de', '/api/health']) {
          const res = await rawRequest(`http://127.0.0.1:${port}`, { method, path });
          expectSafe(res, `${method} ${path} via nginx`);
          expect([400, 405], `${method} ${path} via nginx → ${res.status}`).toContain(res.status);
        }
      }
    } finally {
      await nginx.stop();
    }
  });

  test('API routes refuse malformed bodies with a 4xx', async ({ baseURL }) => {
    const cases = [
      { path: '/api/reads', body: '{', type: 'application/json' },
      { path: '/api/reads', body: JSON.stringify({ slug: '../../etc/passwd', lang: 'xx' }), type: 'application/json' },
      { path: '/api/reads', body: 'x'.repeat(200_000), type: 'text/plain' },
      { path: '/api/search', body: '{"q":1}', type: 'application/json' },
      { path: '/api/health', body: '\u0000', type: 'application/octet-stream' },
    ];
    for (const c of cases) {
      const res = await rawRequest(baseURL!, { method: 'POST', path: c.path, body: c.body, headers: { 'Content-Type': c.type } });
      expectSafe(res, `POST ${c.path} ${c.body.slice(0, 20)}`);
      expect(res.status, `POST ${c.path} ${c.body.slice(0, 20)}`).toBeGreaterThanOrEqual(400);
    }
  });

  test('malformed Accept-Language and cookies still get a clean language redirect', async ({ baseURL }) => {
    const variants: Record<string, string>[] = [
      { 'Accept-Language': 'de;q=abc,,,;;;' },
      { 'Accept-Language': '*;q=1.5, en;q=-1' },
      { 'Accept-Language': `${'x-'.repeat(2500)}de` },
      { 'Accept-Language': 'ä€😀;q=0.9' },
      { 'Accept-Language': '' },
      { Cookie: 'NEXT_LOCALE=%E0%A4%A' },
      { Cookie: 'NEXT_LOCALE=../../etc/passwd' },
      { Cookie: 'NEXT_LOCALE=en; NEXT_LOCALE=de; NEXT_LOCALE=' },
      { Cookie: '=;;;=;=x' },
      { Cookie: `junk=${'y'.repeat(6000)}` },
    ];
    for (const headers of variants) {
      const label = JSON.stringify(headers).slice(0, 60);
      const res = await rawRequest(baseURL!, { path: '/', headers });
      expectSafe(res, label);
      expect(res.status, label).toBe(307);
      expect(res.headers.location ?? '', label).toMatch(/^(https?:\/\/[^/]+)?\/(de|en)$/);
      // The same headers on a real page do not break it either.
      const page = await rawRequest(baseURL!, { path: '/de', headers });
      expectSafe(page, `/de ${label}`);
      expect(page.status, `/de ${label}`).toBe(200);
    }
  });

  test('control characters in a header are refused by the server with a 400', async ({ baseURL }) => {
    const res = await rawRequest(baseURL!, { path: '/', headers: { Cookie: 'NEXT_LOCALE=\u0000', 'Accept-Language': 'en\u0001' } });
    expectSafe(res, 'NUL in Cookie');
    expect(res.status).toBe(400);
  });

  test('the 404 page is a normal page, not an error dump', async ({ baseURL }) => {
    const res = await rawRequest(baseURL!, { path: '/de/articles/does-not-exist-anywhere' });
    expect(res.status).toBe(404);
    expectSafe(res, '404');
    expect(res.headers['content-type'] ?? '').toContain('text/html');
  });
});
