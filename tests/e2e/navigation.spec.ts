import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getAllArticles } from '@/lib/content';
import { PRERENDERED_ARTICLES_PER_LANGUAGE } from '@/lib/prerender';
import { siteConfig } from '@/lib/site';

const KLARNA_DE = '/de/articles/klarna-halbiert-belegschaft-mit-ki';

async function h1(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

test('home → article → tag → article → author → English → back, with real clicks', async ({ page }) => {
  await page.goto('/de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle(`${siteConfig.name} – KI-News für Entscheider`);

  await page.locator('main').getByRole('link', { name: /Klarna halbiert/ }).first().click();
  await expect(page).toHaveURL(KLARNA_DE);
  await expect(await h1(page)).toContainText('Klarna');

  await page.locator('main a[rel="tag"][href="/de/tag/klarna"]').first().click();
  await expect(page).toHaveURL('/de/tag/klarna');
  await expect(await h1(page)).toHaveText('#Klarna');
  const cards = page.locator('main [data-testid="article-card"]');
  await expect(cards.first()).toBeVisible();

  await cards.getByRole('link', { name: /Klarna halbiert/ }).click();
  await expect(page).toHaveURL(KLARNA_DE);

  await page.locator('main a[rel="author"]').first().click();
  await expect(page).toHaveURL('/de/author/oliver-welling');
  await expect(await h1(page)).toHaveText('Oliver Welling');
  await expect(page.getByRole('heading', { name: 'Beiträge von Oliver Welling' })).toBeVisible();

  await page.getByRole('banner').locator('a[hreflang="en"]:visible').first().click();
  await expect(page).toHaveURL('/en/author/oliver-welling');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Articles by Oliver Welling' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL('/de/author/oliver-welling');
  await expect(page.getByRole('heading', { name: 'Beiträge von Oliver Welling' })).toBeVisible();
});

test('archive pagination: next, numbered page with aria-current, previous', async ({ page }) => {
  await page.goto('/de/archive');
  const nav = page.getByRole('navigation', { name: 'Seitennavigation' });
  await expect(nav.getByRole('link', { name: 'Seite 1' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: /Nächste Seite/ }).click();
  await expect(page).toHaveURL('/de/archive/2');
  await expect(nav.getByRole('link', { name: 'Seite 2' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/de\/archive\/2$/);
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', '/de/archive');
  await nav.getByRole('link', { name: /Vorherige Seite/ }).click();
  await expect(page).toHaveURL('/de/archive');
});

test('category pages paginate exactly when they have more articles than fit on a page', async ({ page, request }) => {
  for (const slug of ['business', 'technologie', 'forschung', 'politik']) {
    await page.goto(`/de/category/${slug}`);
    const total = Number((await page.locator('main header').getByText(/^\d+ Beiträge$/).textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(0);
    const cards = page.locator('main [data-testid="article-card"]');
    const nav = page.getByRole('navigation', { name: 'Seitennavigation' });
    if (total > 10) {
      await expect(cards).toHaveCount(10);
      await nav.getByRole('link', { name: /Nächste Seite/ }).click();
      await expect(page).toHaveURL(`/de/category/${slug}/2`);
      await expect(cards).toHaveCount(Math.min(10, total - 10));
      await expect(nav.getByRole('link', { name: 'Seite 2' })).toHaveAttribute('aria-current', 'page');
    } else {
      await expect(cards).toHaveCount(total);
      await expect(nav).toHaveCount(0);
      expect((await request.get(`/de/category/${slug}/2`)).status()).toBe(404);
    }
  }
});

// Every unknown page under /de or /en gets the prerendered 404 in the URL's language (app/[lang]/404,
// sent by scripts/serve.mjs, which asks the model of what is public now). Other unknown URLs get the
// global 404 (app/global-not-found.tsx): German, the default, with a short English section, because
// a static page cannot know the URL's language.
const notFound = {
  de: { h1: 'Diese Seite gibt es leider nicht', title: 'Seite nicht gefunden | TechNow', home: 'Zur Startseite' },
  en: { h1: 'Sorry, this page doesn’t exist', title: 'Page not found | TechNow', home: 'Go to the home page' },
} as const;
const localizedNotFoundUrls = [
  '/de/articles/gibt-es-nicht',
  '/de/archive/999',
  // ('/de/category/business/1' is page 1 under another address: one 308, tests/e2e/english-urls.spec.ts)
  '/de/author/niemand',
  '/de/404',
  '/en/articles/does-not-exist',
  '/en/tag/no-such-tag',
  '/en/tag/artificialintelligence/7',
  '/en/category/nope',
  '/en/author/nobody',
  '/de/irgendwas/tief/verschachtelt',
  '/en/no-such-section',
];

for (const url of localizedNotFoundUrls) {
  const lang = url.startsWith('/en/') ? 'en' : 'de';
  test(`404 for ${url}: status, in the URL's language, noindex, helpful links @mobile`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(notFound[lang].title);
    await expect(await h1(page)).toHaveText(notFound[lang].h1);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const main = page.locator('main');
    await expect(main.getByRole('link', { name: notFound[lang].home })).toHaveAttribute('href', `/${lang}`);
    await expect(main.locator(`a[href="/${lang}/search"]`)).toBeVisible();
    await expect(main.locator(`a[href^="/${lang}/category/"]`).first()).toBeVisible();
  });
}

test('404 for other unknown URLs: the global page, German with an English section, noindex', async ({ page }) => {
  // "/xx/foo" is redirected into the reader's language first and then gets that language's 404.
  for (const url of ['/fr/articles/x.y', '/images/articles/missing.webp']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(await h1(page)).toHaveText(notFound.de.h1);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const english = page.locator('main section[lang="en"]');
    await expect(english.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(english.getByRole('link', { name: notFound.en.home })).toHaveAttribute('href', '/en');
  }
});

test('files under public/ are served where their path looks like a page of a listed route', async ({ request }) => {
  const response = await request.get('/images/articles/klarna-halbiert-belegschaft.webp');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/webp');
});

test.describe('404 without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Next 16 answers a 404 rendered per request or on first request with an empty shell that only
  // fills in with JavaScript; no 404 of this site may depend on that.
  for (const [url, lang] of [['/en/articles/does-not-exist', 'en'], ['/de/irgendwas/tief', 'de'], ['/de/tag/gibt-es-nicht', 'de'], ['/de/archive/999', 'de'], ['/fr/articles/x.y', 'de']] as const) {
    test(`the 404 page for ${url} is rendered on the server in full`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(await h1(page)).toHaveText(notFound[lang].h1);
      await expect(page.locator('header').first()).toBeVisible();
      await expect(page.locator('main').getByRole('link', { name: notFound[lang].home })).toBeVisible();
    });
  }
});

test('an unknown language prefix answers 404, never 500', async ({ request }) => {
  for (const url of ['/xx/foo', '/fr/articles/klarna', '/de-AT/impressum']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
  }
});

test('an older article, not prerendered, is complete on its first request and then comes from the cache', async ({ request }) => {
  // lib/prerender.ts: only the newest articles are rendered at build; the build's manifest says which.
  const dist = process.env.NEXT_DIST_DIR ?? '.next';
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  const prerendered = Object.keys(manifest.routes).filter((r) => r.startsWith('/de/articles/'));
  expect(prerendered).toHaveLength(PRERENDERED_ARTICLES_PER_LANGUAGE);
  const older = getAllArticles('de').map((a) => `/de/articles/${a.slug}`).find((p) => !prerendered.includes(p));
  expect(older, 'the German content has more articles than are prerendered').toBeDefined();

  const first = await request.get(older!);
  expect(first.status()).toBe(200);
  const html = await first.text();
  expect(html).toContain('data-testid="key-facts"');
  expect(html).toContain('data-testid="article-body"');
  expect(html).toContain(`<link rel="canonical" href="${siteConfig.url}${older}"/>`);
  expect(first.headers()['cache-control']).toBe('public, max-age=0, s-maxage=600, stale-while-revalidate=86400');
  const second = await request.get(older!);
  expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await second.text()).toBe(html);
});

test('links prefetch when the reader shows intent, not on load, and then navigate without a page load', async ({ page }) => {
  const prefetched: string[] = [];
  const documents: string[] = [];
  let lastRequestAt = Date.now();
  page.on('request', (request) => {
    lastRequestAt = Date.now();
    const url = new URL(request.url());
    if (url.searchParams.has('_rsc')) prefetched.push(url.pathname);
    if (request.resourceType() === 'document') documents.push(url.pathname);
  });
  // The read beacon is sent once the page has hydrated, when Next would start prefetching.
  const hydrated = page.waitForRequest((request) => request.url().endsWith('/api/reads'));
  await page.goto(KLARNA_DE);
  await hydrated;
  // A negative assertion needs a window: one second without any new request.
  await expect.poll(() => Date.now() - lastRequestAt, { intervals: [250] }).toBeGreaterThan(1000);
  // Next's default would have fetched every visible link's route by now.
  expect(prefetched).toEqual([]);

  const category = page.getByTestId('category-label');
  await category.hover();
  await expect.poll(() => prefetched).toContain('/de/category/business');

  const author = page.locator('main a[rel="author"]').first();
  await author.focus();
  await expect.poll(() => prefetched).toContain('/de/author/oliver-welling');

  await page.evaluate(() => Object.assign(window, { __samePage: true }));
  await category.click();
  await expect(page).toHaveURL('/de/category/business');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business');
  expect(await page.evaluate(() => (window as Window & { __samePage?: boolean }).__samePage)).toBe(true);
  expect(documents).toEqual([KLARNA_DE]);
});
