import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

let origin: typeof import('@/lib/http/origin');

beforeAll(async () => {
  process.env.CONTENT_DIR = path.resolve('tests/fixtures/content');
  vi.resetModules();
  origin = await import('@/lib/http/origin');
});

describe('siteOrigin: the page a request came from, only if it is a path of this site', () => {
  it('names a published article with its title', () => {
    const o = origin.siteOrigin('/de/articles/meta-llama');
    expect(o.path).toBe('/de/articles/meta-llama');
    expect(o.title).toBeTruthy();
  });

  it('keeps other site pages as paths without a title, drafts included (no title leaks)', () => {
    expect(origin.siteOrigin('/en')).toEqual({ path: '/en' });
    expect(origin.siteOrigin('/de/category/technologie')).toEqual({ path: '/de/category/technologie' });
    expect(origin.siteOrigin('/de/articles/entwurf-artikel')).toEqual({ path: '/de/articles/entwurf-artikel' });
  });

  it('gives an empty origin for anything that is not a site path', () => {
    for (const raw of ['https://evil.example/de', '//evil.example/de', '/fr/articles/x', '/de/articles/x?y=1', '/de/../etc/passwd', '/de/<script>', '/de//x', '/de/x/', 'de/articles/x', '', `/de/${'a'.repeat(400)}`, 42, undefined]) {
      expect(origin.siteOrigin(raw), String(raw)).toEqual({});
    }
  });
});

describe('originFromReferer', () => {
  it('reads ?from= of the consulting page on this site', () => {
    expect(origin.originFromReferer('http://localhost:3000/de/consulting?from=/de/articles/meta-llama', 'http://localhost:3000')).toBe('/de/articles/meta-llama');
    expect(origin.originFromReferer('http://localhost:3000/de/consulting', 'http://localhost:3000')).toBeUndefined();
    // The host the request was sent to counts as ours too (a proxy, a test server on another port).
    expect(origin.originFromReferer('http://127.0.0.1:3160/de/consulting?from=/de', 'http://localhost:3000', '127.0.0.1:3160')).toBe('/de');
  });

  it('ignores other sites and garbage', () => {
    expect(origin.originFromReferer('https://evil.example/?from=/de', 'http://localhost:3000')).toBeUndefined();
    expect(origin.originFromReferer('::::', 'http://localhost:3000')).toBeUndefined();
    expect(origin.originFromReferer(null, 'http://localhost:3000')).toBeUndefined();
  });
});
