import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configuredHeaders, guard } from '../../../scripts/serve.mjs';

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
