import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from '@/proxy';

function run(path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(new URL(path, 'https://news.example'), { headers }));
}

describe('proxy', () => {
  it('redirects / by Accept-Language with 307 and marks the answer as per-reader', () => {
    const res = run('/', { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('https://news.example/en');
    expect(res.headers.get('vary')).toContain('Accept-Language');
    expect(res.headers.get('cache-control')).toContain('no-store');
  });

  it('lets the cookie win and keeps the rest of the path and the query', () => {
    const res = run('/archive/2?x=1', { 'accept-language': 'de', cookie: 'NEXT_LOCALE=en' });
    expect(res.headers.get('location')).toBe('https://news.example/en/archive/2?x=1');
  });

  it('keeps the query string on the language redirect at / (campaign parameters survive)', () => {
    const res = run('/?utm_source=x&utm_medium=mail', { 'accept-language': 'de' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('https://news.example/de?utm_source=x&utm_medium=mail');
    expect(run('/?q=%C3%BC', { 'accept-language': 'en' }).headers.get('location')).toBe('https://news.example/en?q=%C3%BC');
  });

  it('passes paths with a language prefix through', () => {
    expect(run('/de/articles/x').headers.get('location')).toBeNull();
    expect(run('/en').status).toBe(200);
  });

  it('sends a language prefix typed in capitals to the lower-case path with one permanent redirect', () => {
    for (const [from, to] of [['/DE', '/de'], ['/De/archive/2?x=1', '/de/archive/2?x=1'], ['/EN/articles/x', '/en/articles/x']]) {
      const res = run(from!);
      expect(res.status, from).toBe(308);
      expect(res.headers.get('location'), from).toBe(`https://news.example${to}`);
    }
  });

  it('sends overlong paths to the home page and refuses undecodable ones', () => {
    expect(run('/' + 'x'.repeat(3000)).headers.get('location')).toBe('https://news.example/de');
    expect(run('/%E0%A4%A').status).toBe(400);
  });

  it('matches paths without a language, but not language pages, assets, API, feeds, sitemaps or robots.txt', () => {
    const [pattern] = config.matcher;
    // Next compiles the matcher with path-to-regexp; for this pattern a plain RegExp is equivalent.
    const re = new RegExp(`^${pattern!.replace('/(', '/(?:')}$`);
    for (const p of ['/', '/articles/x', '/fr', '/deutsch', '/english/x', '/DE']) expect(re.test(p), p).toBe(true);
    for (const p of ['/de', '/en', '/de/', '/de/category/business', '/en/articles/x', '/_next/static/a.js', '/api/health', '/api', '/robots.txt', '/sitemap.xml', '/news-sitemap.xml', '/de/feed.xml', '/favicon.ico', '/images/a.webp']) {
      expect(re.test(p), p).toBe(false);
    }
  });
});
