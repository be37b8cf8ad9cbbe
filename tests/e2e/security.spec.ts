import { expect, test, type APIRequestContext } from '@playwright/test';
import { makeWorkDir, renderProxyConfig, startNginx } from '../../scripts/bench/nginx';
import { freePort, hasNginx } from '../helpers/net';

/** Security headers on every kind of response, caching headers, and the shipped nginx config in front of the real server. */

async function firstArticlePath(request: APIRequestContext): Promise<string> {
  for (const source of ['/de', '/sitemap.xml']) {
    const text = await (await request.get(source)).text();
    const m = /\/de\/articles\/[a-z0-9-]+/.exec(text);
    if (m) return m[0];
  }
  throw new Error('no article link on /de or in /sitemap.xml');
}

async function firstStaticAsset(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/de')).text();
  const m = /\/_next\/static\/[^"'\s)]+\.(?:js|css|woff2)/.exec(html);
  if (!m) throw new Error('no /_next/static asset referenced by /de');
  return m[0];
}

function expectSecurityHeaders(headers: Record<string, string>, label: string) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, `${label}: Content-Security-Policy`).toContain("default-src 'self'");
  expect(csp, `${label}: CSP frame-ancestors`).toContain("frame-ancestors 'none'");
  expect(csp, `${label}: CSP object-src`).toContain("object-src 'none'");
  expect(csp, `${label}: CSP must not allow eval`).not.toContain('unsafe-eval');
  expect(csp, `${label}: no wildcard script source`).not.toMatch(/script-src[^;]*(\*|https?:|data:)/);
  expect(headers['strict-transport-security'] ?? '', `${label}: HSTS`).toMatch(/max-age=\d{7,}/);
  expect(headers['x-content-type-options'], `${label}: nosniff`).toBe('nosniff');
  expect(headers['referrer-policy'], `${label}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'] ?? '', `${label}: Permissions-Policy`).toContain('camera=()');
  expect(headers['x-frame-options'], `${label}: X-Frame-Options`).toBe('DENY');
  expect(headers['x-powered-by'], `${label}: X-Powered-By`).toBeUndefined();
}

test.describe('security headers', () => {
  test('every kind of response carries them: pages, 404, redirect, API, feeds, sitemaps, assets', async ({ request }) => {
    const article = await firstArticlePath(request);
    const asset = await firstStaticAsset(request);
    const paths = ['/de', '/en', article, '/de/articles/no-such-article', '/api/health', '/de/feed.xml', '/sitemap.xml', '/robots.txt', asset, '/'];
    for (const path of paths) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBeLessThan(500);
      expectSecurityHeaders(res.headers(), path);
    }
  });

  test('pages run under the policy without a single violation @mobile', async ({ page, request }) => {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content.Security.Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI}`));
    });
    for (const path of ['/de', await firstArticlePath(request), '/de/search?q=ki', '/en']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
  });
});

test.describe('caching', () => {
  test('prerendered pages may be cached by a CDN and revalidated in the background', async ({ request }) => {
    for (const path of ['/de', '/en', await firstArticlePath(request)]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const cc = res.headers()['cache-control'] ?? '';
      expect(cc, path).toMatch(/s-maxage=\d+/);
      expect(cc, path).toMatch(/stale-while-revalidate=\d+/);
      expect(cc, path).not.toMatch(/private|no-store/);
    }
  });

  test('hashed assets are immutable; the language redirect and health check are never shared', async ({ request }) => {
    const asset = await request.get(await firstStaticAsset(request));
    expect(asset.headers()['cache-control']).toContain('immutable');
    const redirect = await request.get('/', { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers()['cache-control']).toMatch(/private|no-store/);
    const health = await request.get('/api/health');
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok', store: 'sqlite' });
    expect(health.headers()['cache-control']).toContain('no-store');
  });
});

test.describe('deploy/nginx.conf in front of the site', () => {
  test.skip(!hasNginx, 'nginx is not installed (Debian: apt-get install nginx-light)');

  test('caches pages per Cache-Control, keeps the security headers, never caches the redirect', async ({ baseURL, request }) => {
    const upstreamPort = Number(new URL(baseURL!).port);
    const port = await freePort();
    const workDir = makeWorkDir('nginx-e2e-');
    const nginx = await startNginx(renderProxyConfig({ port, upstreamPort, workDir }), port, workDir);
    try {
      const proxy = `http://127.0.0.1:${port}`;
      const article = await firstArticlePath(request);
      const first = await fetch(`${proxy}${article}`);
      expect(first.status).toBe(200);
      expect(first.headers.get('x-cache-status')).toBe('MISS');
      const second = await fetch(`${proxy}${article}`);
      expect(second.headers.get('x-cache-status')).toBe('HIT');
      expect(await second.text()).toContain('<html');
      expectSecurityHeaders(Object.fromEntries(second.headers), `proxy ${article}`);
      const redirect1 = await fetch(`${proxy}/`, { redirect: 'manual', headers: { 'Accept-Language': 'en' } });
      const redirect2 = await fetch(`${proxy}/`, { redirect: 'manual', headers: { 'Accept-Language': 'de' } });
      expect(redirect1.headers.get('location')).toMatch(/\/en$/);
      expect(redirect2.headers.get('location')).toMatch(/\/de$/);
      expect(redirect2.headers.get('x-cache-status')).not.toBe('HIT');
      const health = await fetch(`${proxy}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await nginx.stop();
    }
  });
});
