import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { configuredHeaders, guard, isUnknownPage, knownPages, notFoundPages, publicFiles, workerCount } from '../../../scripts/serve.mjs';

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

describe('pages of listed routes that do not exist', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-known-'));
  fs.mkdirSync(path.join(dist, 'server', 'app'), { recursive: true });
  fs.writeFileSync(
    path.join(dist, 'server', 'app', 'sitemap.xml.body'),
    `<?xml version="1.0" encoding="UTF-8"?><urlset><url><loc>https://news.example/de/articles/klarna</loc></url><url><loc>https://news.example/de/tag/klarna</loc></url><url><loc>https://news.example/de/archive/2</loc></url><url><loc>https://news.example/en/category/business/2</loc></url><url><loc>https://news.example/en/category/business</loc></url><url><loc>https://news.example/de/author/oliver-welling</loc></url></urlset>`,
  );
  const publicDir = path.join(dist, 'public');
  fs.mkdirSync(path.join(publicDir, 'images', 'articles'), { recursive: true });
  fs.writeFileSync(path.join(publicDir, 'images', 'articles', 'klarna.webp'), '');
  fs.writeFileSync(path.join(publicDir, 'og-default.png'), '');
  const known = new Set([...knownPages(dist), ...publicFiles(publicDir)]);

  it('reads every page the prerendered sitemap lists, as paths, and every public file', () => {
    expect([...knownPages(dist)]).toEqual(['/de/articles/klarna', '/de/tag/klarna', '/de/archive/2', '/en/category/business/2', '/en/category/business', '/de/author/oliver-welling']);
    expect([...publicFiles(publicDir)].sort()).toEqual(['/images/articles/klarna.webp', '/og-default.png']);
  });

  it('lets the listed pages through and stops unlisted slugs, page numbers, categories and authors', () => {
    for (const p of ['/de/articles/klarna', '/de/tag/klarna', '/de/archive/2', '/en/category/business/2', '/en/category/business', '/de/author/oliver-welling']) {
      expect(isUnknownPage(p, known), p).toBe(false);
    }
    for (const p of ['/de/articles/gibt-es-nicht', '/de/tag/nope', '/de/tag/klarna/2', '/de/archive/99', '/en/category/business/1', '/en/category/business/x', '/en/category/nope', '/en/author/nobody', '/fr/articles/x.y']) {
      expect(isUnknownPage(p, known), p).toBe(true);
    }
  });

  it('lets files from public/ through, even where they look like a page of a listed route', () => {
    expect(isUnknownPage('/images/articles/klarna.webp', known)).toBe(false);
    expect(isUnknownPage('/images/articles/missing.webp', known)).toBe(true);
  });

  it('answers the 404 page itself as unknown, so it is only ever sent with status 404', () => {
    expect(isUnknownPage('/de/404', known)).toBe(true);
    expect(isUnknownPage('/en/404', known)).toBe(true);
  });

  it('leaves prerendered routes, feeds, share images and trailing-slash redirects to Next', () => {
    for (const p of ['/de', '/de/archive', '/de/category/business/feed.xml', '/de/category/business/atom.xml', '/de/articles/klarna/opengraph-image', '/de/articles/x/', '/de/impressum', '/de/search', '/api/health']) {
      expect(isUnknownPage(p, known), p).toBe(false);
    }
  });

  it('picks the 404 page of the path\'s language, and the global one for any other path', () => {
    const app = path.join(dist, 'server', 'app');
    fs.writeFileSync(path.join(app, '_not-found.html'), 'global');
    for (const lang of ['de', 'en']) {
      fs.mkdirSync(path.join(app, lang), { recursive: true });
      fs.writeFileSync(path.join(app, lang, '404.html'), `404 ${lang}`);
    }
    const pageFor = notFoundPages(dist);
    expect(pageFor('/en/articles/x').html.toString()).toBe('404 en');
    expect(pageFor('/de/tag/x/2').html.toString()).toBe('404 de');
    expect(pageFor('/fr/articles/x.y').html.toString()).toBe('global');
    expect(pageFor('/images/articles/x.webp').html.toString()).toBe('global');
    expect(gunzipSync(pageFor('/en/articles/x').gzip).toString()).toBe('404 en');
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
