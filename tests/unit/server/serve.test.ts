import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configuredHeaders, delayUntil, guard, notFoundPages, publicFiles, resolveRequest, schedulePublications, workerCount } from '../../../scripts/serve.mjs';

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

describe('which pages exist: asked of the app\'s model, never of a build file', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-known-'));
  const publicDir = path.join(dist, 'public');
  fs.mkdirSync(path.join(publicDir, 'images', 'articles'), { recursive: true });
  fs.writeFileSync(path.join(publicDir, 'images', 'articles', 'klarna.webp'), '');
  fs.writeFileSync(path.join(publicDir, 'og-default.png'), '');
  const publicPaths = publicFiles(publicDir);
  // A stand-in for the model instrumentation.ts registers (lib/publication/pages.ts, tested there).
  const asked: string[] = [];
  const hooks = {
    resolve: (pathname: string, cookie?: string) => {
      asked.push(pathname);
      if (pathname === '/de/articles/klarna' || (pathname === '/de/articles/entwurf' && cookie === 'ok')) return { kind: 'page' as const };
      if (pathname === '/de/artikel/klarna') return { kind: 'redirect' as const, location: '/de/articles/klarna' };
      if (pathname.startsWith('/de/') || pathname.startsWith('/en/')) return { kind: 'notFound' as const, lang: pathname.slice(1, 3) };
      return { kind: 'pass' as const };
    },
    isHiddenFile: (pathname: string, cookie?: string) => pathname === '/images/articles/klarna.webp' && cookie !== 'ok',
    nextPublicationAt: () => undefined,
  };

  it('lists every public file as a URL path', () => {
    expect([...publicPaths].sort()).toEqual(['/images/articles/klarna.webp', '/og-default.png']);
  });

  it('passes what the model knows, redirects what it redirects and answers 404 for the rest', () => {
    expect(resolveRequest('/de/articles/klarna', { publicPaths, hooks })).toEqual({ kind: 'page' });
    expect(resolveRequest('/de/artikel/klarna', { publicPaths, hooks })).toEqual({ kind: 'redirect', location: '/de/articles/klarna' });
    expect(resolveRequest('/en/typo', { publicPaths, hooks })).toEqual({ kind: 'notFound', lang: 'en' });
    expect(resolveRequest('/de/articles/entwurf', { publicPaths, hooks })).toEqual({ kind: 'notFound', lang: 'de' });
    expect(resolveRequest('/de/articles/entwurf', { publicPaths, hooks, cookie: 'ok' })).toEqual({ kind: 'page' });
  });

  it('never asks the model about pages for assets, API routes, "/" or files from public/', () => {
    asked.length = 0;
    for (const p of ['/', '/_next/static/chunks/a.js', '/api/health', '/og-default.png']) {
      expect(resolveRequest(p, { publicPaths, hooks }), p).toEqual({ kind: 'pass' });
    }
    expect(asked).toEqual([]);
  });

  it('hides the cover of an article that is not public yet, also through the image optimiser, except in its preview', () => {
    expect(resolveRequest('/images/articles/klarna.webp', { publicPaths, hooks })).toEqual({ kind: 'notFound' });
    expect(resolveRequest('/images/articles/klarna.webp', { publicPaths, hooks, cookie: 'ok' })).toEqual({ kind: 'pass' });
    expect(resolveRequest('/_next/image', { publicPaths, hooks, query: 'url=%2Fimages%2Farticles%2Fklarna.webp&w=640&q=75' })).toEqual({ kind: 'notFound' });
    expect(resolveRequest('/_next/image', { publicPaths, hooks, query: 'url=%2Fog-default.png&w=640&q=75' })).toEqual({ kind: 'pass' });
    expect(resolveRequest('/_next/image', { publicPaths, hooks, query: 'w=640' })).toEqual({ kind: 'pass' });
  });

  it('answers the 404 page itself as unknown, so it is only ever sent with status 404', () => {
    expect(resolveRequest('/de/404', { publicPaths, hooks }).kind).toBe('notFound');
    expect(resolveRequest('/en/404', { publicPaths }).kind).toBe('notFound');
  });

  it('sends article-shaped paths under other prefixes to the global 404 page, and leaves other paths to Next', () => {
    for (const p of ['/fr/articles/x.y', '/images/articles/missing.webp']) expect(resolveRequest(p, { publicPaths, hooks }), p).toEqual({ kind: 'notFound' });
    expect(resolveRequest('/artikel', { publicPaths, hooks })).toEqual({ kind: 'pass' });
  });

  it('leaves every page to Next while no model is registered', () => {
    expect(resolveRequest('/de/typo', { publicPaths })).toEqual({ kind: 'pass' });
  });

  it('picks the 404 page of the path\'s language, and the global one for any other path', () => {
    const app = path.join(dist, 'server', 'app');
    fs.mkdirSync(app, { recursive: true });
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

describe('publication timer of each server process', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits until just after the publication time, never negative, within what setTimeout accepts', () => {
    expect(delayUntil(1_000_000, 990_000)).toBe(10_010);
    expect(delayUntil(1_000, 5_000)).toBe(10);
    expect(delayUntil(Number.MAX_SAFE_INTEGER, 0)).toBe(2 ** 31 - 1);
  });

  it('expires the page cache at start-up, at each publication time (twice) and then waits for the next one', async () => {
    vi.useFakeTimers({ now: 0 });
    const schedule = [60_000, 120_000];
    const calls: number[] = [];
    const timer = schedulePublications({ nextAt: () => schedule.find((t) => t > Date.now()), invalidate: async () => void calls.push(Date.now()) });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([0]);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(calls).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1_010);
    expect(calls).toEqual([0, 60_010]);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(calls).toEqual([0, 60_010, 61_510]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls.slice(3)).toEqual([120_010, 121_510]);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls).toHaveLength(5);
    timer.stop();
  });

  it('leaves the prerendered pages alone at start-up when they are current, and still expires them at the next publication', async () => {
    vi.useFakeTimers({ now: 0 });
    const calls: number[] = [];
    const timer = schedulePublications({ nextAt: () => (Date.now() < 30_000 ? 30_000 : undefined), invalidate: async () => void calls.push(Date.now()), staleAtStart: () => false });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(calls).toEqual([30_010, 31_510]);
    timer.stop();
  });

  it('expires the pages at start-up when it cannot tell whether they are current', async () => {
    vi.useFakeTimers({ now: 0 });
    const calls: number[] = [];
    const errors: string[] = [];
    const timer = schedulePublications({
      nextAt: () => undefined,
      invalidate: async () => void calls.push(Date.now()),
      staleAtStart: () => {
        throw new Error('no content');
      },
      log: (m) => void errors.push(m),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([0]);
    expect(errors).toEqual(['could not tell whether the prerendered pages are current, expiring them: no content']);
    timer.stop();
  });

  it('keeps going when one invalidation fails', async () => {
    vi.useFakeTimers({ now: 0 });
    const errors: string[] = [];
    let n = 0;
    const timer = schedulePublications({
      nextAt: () => (Date.now() < 1_000 ? 1_000 : Date.now() < 5_000 ? 5_000 : undefined),
      invalidate: async () => {
        n += 1;
        if (n === 1) throw new Error('boom');
      },
      log: (m) => void errors.push(m),
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(errors).toEqual(['page cache invalidation failed: boom']);
    expect(n).toBe(5);
    timer.stop();
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
