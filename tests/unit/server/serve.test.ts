import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configuredHeaders, guard, isUnknownOnDemandPage, knownPages, workerCount } from '../../../scripts/serve.mjs';

describe('request guard in front of Next (scripts/serve.mjs)', () => {
  it('refuses TRACE and CONNECT everywhere, which Next itself answers with a 500 or not at all', () => {
    for (const url of ['/de', '/api/health', '/_next/static/x.js', '/']) {
      expect(guard('TRACE', url), url).toEqual({ status: 405, allow: 'GET, HEAD' });
      expect(guard('CONNECT', url), url).toEqual({ status: 405, allow: 'GET, HEAD' });
    }
  });

  it('lets pages answer GET, HEAD and POST only', () => {
    for (const method of ['GET', 'HEAD', 'POST']) expect(guard(method, '/de/articles/x?ref=1')).toBeNull();
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'FOO']) {
      expect(guard(method, '/de/articles/x')).toEqual({ status: 405, allow: 'GET, HEAD' });
      expect(guard(method, '/')).toEqual({ status: 405, allow: 'GET, HEAD' });
    }
  });

  it('leaves API routes and assets their own method handling', () => {
    for (const method of ['PUT', 'DELETE', 'OPTIONS']) {
      expect(guard(method, '/api/reads')).toBeNull();
      expect(guard(method, '/_next/static/chunks/a.js')).toBeNull();
    }
  });

  it('answers 400 for paths that do not decode to UTF-8, whatever the query says', () => {
    for (const url of ['/de/articles/%FF%FE', '/de/category/%E0%A4%A', '/api/search/%C3%28', '/de/tag/%ED%A0%80']) expect(guard('GET', url), url).toEqual({ status: 400 });
    expect(guard('GET', '/de/search?q=%E0%A4%A')).toBeNull();
    expect(guard('GET', '/de/articles/k%C3%BCnstliche-intelligenz')).toBeNull();
  });
});

describe('configuredHeaders', () => {
  it('applies the header rules the build compiled from next.config.ts, by path', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-headers-'));
    fs.writeFileSync(
      path.join(dist, 'routes-manifest.json'),
      JSON.stringify({
        headers: [
          { source: '/:path*', regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] },
          { source: '/:lang(de|en)/:path*', regex: '^(?:/(de|en))(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$', headers: [{ key: 'Cache-Control', value: 'public, s-maxage=600' }] },
        ],
      }),
    );
    const headersFor = configuredHeaders(dist);
    expect(headersFor('/de/articles/x')).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Cache-Control', 'public, s-maxage=600'],
    ]);
    expect(headersFor('/api/health')).toEqual([['X-Content-Type-Options', 'nosniff']]);
    fs.rmSync(dist, { recursive: true, force: true });
  });
});

describe('pages of on-demand routes that do not exist', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-known-'));
  fs.mkdirSync(path.join(dist, 'server', 'app'), { recursive: true });
  fs.writeFileSync(
    path.join(dist, 'server', 'app', 'sitemap.xml.body'),
    `<?xml version="1.0" encoding="UTF-8"?><urlset><url><loc>https://news.example/de/articles/klarna</loc></url><url><loc>https://news.example/de/tag/klarna</loc></url><url><loc>https://news.example/de/archive/2</loc></url><url><loc>https://news.example/en/category/business/2</loc></url></urlset>`,
  );
  const known = knownPages(dist);

  it('reads every page the prerendered sitemap lists, as paths', () => {
    expect([...known]).toEqual(['/de/articles/klarna', '/de/tag/klarna', '/de/archive/2', '/en/category/business/2']);
  });

  it('lets the listed pages through and stops unlisted slugs and page numbers', () => {
    for (const p of ['/de/articles/klarna', '/de/tag/klarna', '/de/archive/2', '/en/category/business/2']) expect(isUnknownOnDemandPage(p, known), p).toBe(false);
    for (const p of ['/de/articles/gibt-es-nicht', '/de/tag/nope', '/de/tag/klarna/2', '/de/archive/99', '/en/category/business/1', '/en/category/business/x', '/fr/articles/x.y']) {
      expect(isUnknownOnDemandPage(p, known), p).toBe(true);
    }
  });

  it('leaves prerendered routes, feeds, share images and trailing-slash redirects to Next', () => {
    for (const p of ['/de', '/de/archive', '/de/category/business', '/de/category/business/feed.xml', '/de/category/business/atom.xml', '/de/articles/klarna/opengraph-image', '/de/articles/x/', '/de/impressum', '/api/health']) {
      expect(isUnknownOnDemandPage(p, known), p).toBe(false);
    }
  });
});

describe('WEB_CONCURRENCY', () => {
  it('defaults to one process and accepts whole numbers from 1 to 64', () => {
    expect(workerCount(undefined)).toBe(1);
    expect(workerCount('')).toBe(1);
    expect(workerCount('2')).toBe(2);
    expect(workerCount('64')).toBe(64);
  });

  it('refuses anything else with the value and what was expected', () => {
    for (const v of ['0', '-1', '1.5', 'abc', '65', 'auto']) expect(() => workerCount(v), v).toThrow(`WEB_CONCURRENCY: found "${v}", expected a whole number of server processes from 1 to 64`);
  });
});
