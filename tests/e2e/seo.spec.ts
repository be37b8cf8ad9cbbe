import { expect, test, type APIRequestContext } from '@playwright/test';
import { validateSitemap } from '../unit/seo/xmllint';

/** Every sitemap, like every listing: a CDN may keep it 30 s (+30 s stale), browsers never (next.config.ts). */
const SITEMAP_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30';

// Findability checks against the built site. URLs in sitemaps, canonicals and hreflang carry the
// configured SITE_URL origin; they are compared by path so the test server's port does not matter.

const KLARNA_DE = '/de/articles/klarna-halbiert-belegschaft-mit-ki';

function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Path + query of an absolute or root-relative URL, or undefined for other sites and non-HTTP links. */
function internalPath(href: string, siteOrigin: string | undefined, testOrigin: string): string | undefined {
  if (/^(?:mailto|tel|javascript|data):/i.test(href) || href.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = new URL(href, testOrigin);
  } catch {
    return undefined;
  }
  if (url.origin !== testOrigin && url.origin !== siteOrigin) return undefined;
  return url.pathname + url.search;
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out[(m[1] as string).toLowerCase()] = decode(m[2] as string);
  return out;
}

function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => attrs(m[0]));
}

interface Head {
  canonical?: string;
  hreflang: Record<string, string>;
  robots?: string;
}

function readHead(html: string): Head {
  const links = tags(html, 'link');
  const canonical = links.find((l) => l.rel === 'canonical')?.href;
  const hreflang: Record<string, string> = {};
  for (const l of links) if (l.rel === 'alternate' && l.hreflang && l.href) hreflang[l.hreflang] = new URL(l.href).pathname;
  const robots = tags(html, 'meta').find((m) => m.name === 'robots')?.content;
  return { canonical, hreflang, robots };
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

interface SitemapEntry {
  path: string;
  alternates: Record<string, string>;
}

function parseSitemap(xml: string): SitemapEntry[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => {
    const block = m[1] as string;
    const loc = decode(/<loc>([^<]+)<\/loc>/.exec(block)?.[1] ?? '');
    const alternates: Record<string, string> = {};
    for (const l of tags(block, 'xhtml:link')) if (l.hreflang && l.href) alternates[l.hreflang] = new URL(l.href).pathname;
    return { path: new URL(loc).pathname, alternates };
  });
}

/** The sitemap files /sitemap.xml (an index) names, as paths, each fetched and checked for status and headers. */
async function sitemapFiles(request: APIRequestContext): Promise<{ path: string; xml: string }[]> {
  const index = await (await request.get('/sitemap.xml')).text();
  const paths = [...index.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => new URL(decode(m[1] as string)).pathname);
  const files: { path: string; xml: string }[] = [];
  for (const path of paths) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toContain('xml');
    files.push({ path, xml: await res.text() });
  }
  return files;
}

async function sitemapEntries(request: APIRequestContext): Promise<SitemapEntry[]> {
  return (await sitemapFiles(request)).flatMap((f) => parseSitemap(f.xml));
}

async function siteOrigin(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/de')).text();
  const canonical = readHead(html).canonical;
  expect(canonical, 'home page canonical').toBeTruthy();
  return new URL(canonical as string).origin;
}

test.describe('sitemaps', () => {
  test('sitemap.xml is a valid index of valid sitemap files that list both languages', async ({ request }) => {
    const res = await request.get('/sitemap.xml');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('xml');
    // Answered per request from the public set; a CDN may keep it 30 s (+30 s stale), browsers not at all.
    expect(res.headers()['cache-control']).toBe(SITEMAP_CACHE_CONTROL);
    const index = await res.text();
    const result = validateSitemap(index);
    expect(result.ok, result.output).toBe(true);
    expect(index).toContain('<sitemapindex');
    const files = await sitemapFiles(request);
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['/sitemaps/pages-1.xml', '/sitemaps/articles-1.xml']));
    for (const file of files) {
      const valid = validateSitemap(file.xml);
      expect(valid.ok, `${file.path}: ${valid.output}`).toBe(true);
    }
    const paths = files.flatMap((f) => parseSitemap(f.xml)).map((e) => e.path);
    expect(paths).toContain('/de');
    expect(paths).toContain('/en');
    expect(paths).toContain(KLARNA_DE);
    expect(paths.some((p) => p.includes('/search'))).toBe(false);
    expect(new Set(paths).size).toBe(paths.length);
    expect(files.map((f) => f.xml).join('')).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
  });

  test('a sitemap file that does not exist is a 404, never a 500', async ({ request }) => {
    for (const path of ['/sitemaps/articles-999.xml', '/sitemaps/other.xml', '/sitemaps/pages-0.xml']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('news-sitemap.xml holds only articles, each with its news entry, and is answered per request', async ({ request }) => {
    const res = await request.get('/news-sitemap.xml');
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe(SITEMAP_CACHE_CONTROL);
    expect(res.headers()['x-nextjs-cache']).toBeUndefined();
    const xml = await res.text();
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const entries = parseSitemap(xml);
    // Without an article of the last 48 hours the file is empty (Google's guide allows that; the XSD wants one <url>).
    if (entries.length > 0) {
      const result = validateSitemap(xml);
      expect(result.ok, result.output).toBe(true);
    }
    for (const entry of entries) expect(entry.path).toMatch(/^\/(de|en)\/[^/]+\/[^/]+$/);
    expect((xml.match(/<news:news>/g) ?? []).length).toBe(entries.length);
  });

  test('robots.txt names the sitemap index and the news sitemap', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
    expect(text).toMatch(/^Sitemap: \S+\/news-sitemap\.xml$/m);
  });

  test('every sitemap URL answers 200 with a matching canonical and reciprocal hreflang', async ({ request }) => {
    test.setTimeout(180_000);
    const entries = await sitemapEntries(request);
    expect(entries.length).toBeGreaterThan(20);
    const heads = new Map<string, Head>();
    const problems: string[] = [];
    await inBatches(entries, 6, async (entry) => {
      const res = await request.get(entry.path, { maxRedirects: 0 });
      if (res.status() !== 200) {
        problems.push(`${entry.path}: status ${res.status()}`);
        return;
      }
      const head = readHead(await res.text());
      heads.set(entry.path, head);
      if (!head.canonical || new URL(head.canonical).pathname !== entry.path) problems.push(`${entry.path}: canonical ${head.canonical}`);
      if (head.robots?.includes('noindex')) problems.push(`${entry.path}: listed but noindex`);
      if (JSON.stringify(head.hreflang) !== JSON.stringify(entry.alternates)) {
        problems.push(`${entry.path}: page hreflang ${JSON.stringify(head.hreflang)} ≠ sitemap ${JSON.stringify(entry.alternates)}`);
      }
    });
    // Reciprocity: every page an hreflang points to points back.
    for (const [path, head] of heads) {
      for (const [lang, target] of Object.entries(head.hreflang)) {
        if (lang === 'x-default') continue;
        const other = heads.get(target);
        if (!other) problems.push(`${path}: hreflang ${lang} → ${target}, not in the sitemap`);
        else if (!Object.values(other.hreflang).includes(path)) problems.push(`${path}: ${target} does not link back`);
      }
      if (Object.keys(head.hreflang).length > 0 && !head.hreflang['x-default']) problems.push(`${path}: hreflang without x-default`);
    }
    expect(problems).toEqual([]);
  });

  test('a hashtag page with a single article is noindex, follow and not in the sitemap; one with several is listed', async ({ request }) => {
    const listed = new Set((await sitemapEntries(request)).map((e) => e.path));
    // Anthropic carries one German article, KünstlicheIntelligenz many (shipped content).
    const single = await request.get('/de/tag/anthropic');
    expect(single.status()).toBe(200);
    const head = readHead(await single.text());
    expect(head.robots).toBe('noindex, follow');
    expect(head.hreflang).toEqual({});
    expect(listed.has('/de/tag/anthropic')).toBe(false);
    const several = await request.get('/de/tag/kuenstlicheintelligenz');
    expect(several.status()).toBe(200);
    expect(readHead(await several.text()).robots).toBeUndefined();
    expect(listed.has('/de/tag/kuenstlicheintelligenz')).toBe(true);
  });
});

test('a crawl from the home page finds no broken internal link and no server error', async ({ request, baseURL }) => {
  test.setTimeout(240_000);
  const testOrigin = new URL(baseURL as string).origin;
  const site = await siteOrigin(request);
  const seen = new Set<string>(['/', '/de', '/en']);
  const queue = ['/', '/de', '/en'];
  const broken: string[] = [];
  const from = new Map<string, string>();
  while (queue.length > 0) {
    const batch = queue.splice(0, 6);
    await Promise.all(
      batch.map(async (path) => {
        const res = await request.get(path);
        if (res.status() >= 400) {
          broken.push(`${path} → ${res.status()} (linked from ${from.get(path) ?? 'start'})`);
          return;
        }
        if (!(res.headers()['content-type'] ?? '').includes('text/html')) return;
        const html = await res.text();
        const hrefs = [...tags(html, 'a').map((a) => a.href), ...tags(html, 'link').filter((l) => ['canonical', 'alternate'].includes(l.rel ?? '')).map((l) => l.href)];
        for (const href of hrefs) {
          if (!href) continue;
          const target = internalPath(href, site, testOrigin);
          if (!target || seen.has(target)) continue;
          seen.add(target);
          from.set(target, path);
          queue.push(target);
        }
      }),
    );
  }
  test.info().annotations.push({ type: 'crawled', description: `${seen.size} internal URLs` });
  expect(seen.size).toBeGreaterThan(30);
  expect(broken).toEqual([]);
});

test.describe('article SEO', () => {
  test('the Klarna article carries complete NewsArticle data', async ({ request }) => {
    const html = await (await request.get(KLARNA_DE)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] as string) as unknown);
    const nodes = blocks.flatMap((b) => (Array.isArray(b) ? b : [b])) as Record<string, unknown>[];
    const article = nodes.find((n) => n['@type'] === 'NewsArticle');
    expect(article, 'NewsArticle JSON-LD').toBeTruthy();
    const a = article as Record<string, unknown>;
    for (const key of ['headline', 'description', 'image', 'datePublished', 'dateModified', 'author', 'publisher', 'mainEntityOfPage', 'inLanguage', 'articleSection', 'keywords']) {
      expect(a[key], key).toBeTruthy();
    }
    expect(a.datePublished).toMatch(/T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(a.dateModified).toMatch(/T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(a.inLanguage).toBe('de-DE');
    const authors = a.author as { '@type': string; name: string; url: string }[];
    expect(authors.length).toBeGreaterThan(0);
    for (const p of authors) {
      expect(p['@type']).toBe('Person');
      expect(new URL(p.url).pathname).toMatch(/^\/de\/author\//);
    }
    const publisher = a.publisher as { '@type': string; logo: { url: string } };
    expect(publisher['@type']).toBe('Organization');
    expect((await request.get(new URL(publisher.logo.url).pathname)).status()).toBe(200);
    expect(nodes.some((n) => n['@type'] === 'BreadcrumbList')).toBe(true);
    expect(html).not.toMatch(/<script type="application\/ld\+json">[^<]*<(?!\/script>)/);
  });

  test('the article head has Open Graph, Twitter and feed autodiscovery tags', async ({ request }) => {
    const html = await (await request.get(KLARNA_DE)).text();
    const meta = tags(html, 'meta');
    const prop = (p: string) => meta.filter((m) => m.property === p || m.name === p).map((m) => m.content);
    expect(prop('og:type')).toEqual(['article']);
    expect(prop('og:locale')).toEqual(['de_DE']);
    expect(prop('article:published_time')[0]).toMatch(/^2024-/);
    expect(prop('article:modified_time')).toHaveLength(1);
    expect(prop('article:author').length).toBeGreaterThan(0);
    expect(prop('article:section')).toHaveLength(1);
    expect(prop('article:tag').length).toBeGreaterThan(0);
    expect(prop('twitter:card')).toEqual(['summary_large_image']);
    expect(prop('og:image')[0]).toContain(`${KLARNA_DE}/opengraph-image`);
    const feeds = tags(html, 'link').filter((l) => l.rel === 'alternate' && /(rss|atom)\+xml/.test(l.type ?? ''));
    expect(feeds.map((l) => new URL(l.href as string, 'http://x').pathname)).toEqual(
      expect.arrayContaining(['/de/feed.xml', '/de/atom.xml', '/de/category/business/feed.xml', '/de/category/business/atom.xml']),
    );
  });

  test('the share image is a 1200×630 PNG', async ({ request }) => {
    const res = await request.get(`${KLARNA_DE}/opengraph-image`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = await res.body();
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height are the big-endian integers at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  test('the default share image and the publisher logo are served', async ({ request }) => {
    const og = await (await request.get('/og-default.png')).body();
    expect([og.readUInt32BE(16), og.readUInt32BE(20)]).toEqual([1200, 630]);
    const logo = await (await request.get('/brand/logo.png')).body();
    expect([logo.readUInt32BE(16), logo.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

function jsonLdTypes(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    .flatMap((m) => {
      const data = JSON.parse(m[1] as string) as unknown;
      return Array.isArray(data) ? data : [data];
    })
    .map((n) => (n as Record<string, unknown>)['@type']);
}

test.describe('structured data and robots on other pages', () => {
  test('home: Organization and WebSite with a SearchAction', async ({ request }) => {
    const html = await (await request.get('/en')).text();
    expect(jsonLdTypes(html)).toEqual(expect.arrayContaining(['Organization', 'WebSite']));
    expect(html).toContain('/en/search?q={search_term_string}');
  });

  test('category page: BreadcrumbList; author page: ProfilePage', async ({ request }) => {
    const home = await (await request.get('/de')).text();
    const category = tags(home, 'a').map((a) => a.href).find((h) => /^\/de\/category\/[\w-]+$/.test(h ?? ''));
    expect(jsonLdTypes(await (await request.get(category as string)).text())).toContain('BreadcrumbList');
    const article = await (await request.get(KLARNA_DE)).text();
    const author = tags(article, 'a').map((a) => a.href).find((h) => /^\/de\/author\/[\w-]+$/.test(h ?? ''));
    expect(author, 'author link on the article').toBeTruthy();
    expect(jsonLdTypes(await (await request.get(author as string)).text())).toContain('ProfilePage');
  });

  test('search results and the 404 page are noindex', async ({ request }) => {
    const search = await request.get('/de/search?q=klarna');
    expect(search.status()).toBe(200);
    expect(readHead(await search.text()).robots).toMatch(/noindex/);
    const missing = await request.get('/de/articles/gibt-es-nicht');
    expect(missing.status()).toBe(404);
    expect(readHead(await missing.text()).robots).toMatch(/noindex/);
  });
});

test.describe('feeds', () => {
  for (const path of ['/de/feed.xml', '/en/feed.xml']) {
    test(`${path} is RSS 2.0 with full items and a self link`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('application/rss+xml');
      const xml = await res.text();
      expect(xml).toContain('<rss version="2.0"');
      expect(xml).toMatch(new RegExp(`<atom:link href="[^"]*${path.replace(/\./g, '\\.')}" rel="self"`));
      const items = xml.match(/<item>/g)?.length ?? 0;
      expect(items).toBeGreaterThan(0);
      expect(xml.match(/<content:encoded>/g)?.length).toBe(items);
    });
  }

  test('the German feeds carry at least ten full items', async ({ request }) => {
    const rss = await (await request.get('/de/feed.xml')).text();
    expect(rss.match(/<content:encoded>/g)?.length ?? 0).toBeGreaterThanOrEqual(10);
    const atom = await (await request.get('/de/atom.xml')).text();
    expect(atom).toContain('xml:lang="de-DE"');
    expect(atom.match(/<content type="html">/g)?.length ?? 0).toBeGreaterThanOrEqual(10);
  });

  test('category feeds answer for the categories', async ({ request }) => {
    const html = await (await request.get('/de')).text();
    const category = tags(html, 'a').map((a) => a.href).find((h) => /^\/de\/category\/[\w-]+$/.test(h ?? ''));
    expect(category, 'a category link on the home page').toBeTruthy();
    for (const kind of ['feed.xml', 'atom.xml']) {
      const res = await request.get(`${category}/${kind}`);
      expect(res.status()).toBe(200);
      expect(await res.text()).toMatch(/rel="self"/);
    }
  });

  test('every page advertises its language feeds', async ({ request }) => {
    for (const path of ['/de', '/en', '/de/archive', KLARNA_DE]) {
      const html = await (await request.get(path)).text();
      const lang = path.slice(1, 3);
      const feeds = tags(html, 'link').filter((l) => l.rel === 'alternate' && /(rss|atom)\+xml/.test(l.type ?? ''))
        .map((l) => new URL(l.href as string, 'http://x').pathname);
      expect(feeds, path).toEqual(expect.arrayContaining([`/${lang}/feed.xml`, `/${lang}/atom.xml`]));
    }
  });
});
