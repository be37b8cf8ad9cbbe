import { expect, test, type APIRequestContext } from '@playwright/test';

/*
 * The English edition in English URLs, and one 308 from every old or non-canonical address
 * (lib/routing/redirects.ts). The production server answers these before deciding on a 404;
 * the on-demand routes redirect inside Next as well.
 */

/** The status and Location of one request, without following redirects. */
async function hop(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const response = await request.get(url, { maxRedirects: 0, headers });
  const location = response.headers()['location'];
  return { status: response.status(), location: location ? new URL(location, 'http://x').pathname + new URL(location, 'http://x').search : undefined };
}

test.describe('English slugs', () => {
  test('English pages link to English category and legal addresses, never to the German ones', async ({ page }) => {
    await page.goto('/en');
    const nav = page.getByRole('navigation', { name: /main/i });
    await expect(nav.getByRole('link', { name: 'Research' })).toHaveAttribute('href', '/en/category/research');
    await expect(nav.getByRole('link', { name: 'Technology' })).toHaveAttribute('href', '/en/category/technology');
    await expect(nav.getByRole('link', { name: 'Policy & Regulation' })).toHaveAttribute('href', '/en/category/policy');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Legal notice' })).toHaveAttribute('href', '/en/legal-notice');
    await expect(footer.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/en/privacy');
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\/en\/(?:category\/(?:forschung|technologie|politik)|impressum|datenschutz)\b/.test(h))).toEqual([]);
  });

  test('the English category page answers under its English slug, with hreflang to the German one', async ({ page }) => {
    const response = await page.goto('/en/category/research');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Research');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/category\/research$/);
    await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute('href', /\/de\/category\/forschung$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/category\/research$/);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').last()).toHaveAttribute('href', /\/en\/category\/research\/feed\.xml$/);
  });

  test('the legal pages answer under their English names, the German ones stay', async ({ request }) => {
    for (const url of ['/en/legal-notice', '/en/privacy', '/de/impressum', '/de/datenschutz', '/en/category/research/feed.xml', '/en/category/research/atom.xml']) {
      expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
    }
  });

  test('the language switch on a German category page leads to the English slug', async ({ page }) => {
    await page.goto('/de/category/forschung');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/category\/research$/);
    // The header's switch follows the page's hreflang alternate once the reader points at it.
    const toEnglish = page.getByTestId('language-switcher').first().locator('a').first();
    await toEnglish.hover();
    await expect(toEnglish).toHaveAttribute('href', '/en/category/research');
  });
});

test.describe('old and non-canonical addresses: exactly one 308', () => {
  const cases: [string, string][] = [
    ['/en/impressum', '/en/legal-notice'],
    ['/en/datenschutz', '/en/privacy'],
    ['/de/legal-notice', '/de/impressum'],
    ['/de/privacy', '/de/datenschutz'],
    ['/en/category/forschung', '/en/category/research'],
    ['/en/category/technologie', '/en/category/technology'],
    ['/de/category/research', '/de/category/forschung'],
    ['/en/category/forschung/feed.xml', '/en/category/research/feed.xml'],
    ['/de/tag/Klarna', '/de/tag/klarna'],
    ['/de/tag/k%C3%BCnstlicheintelligenz', '/de/tag/kuenstlicheintelligenz'],
    ['/de/tag/K%C3%BCnstlicheIntelligenz', '/de/tag/kuenstlicheintelligenz'],
    ['/de/archive/1', '/de/archive'],
    ['/en/archive/1', '/en/archive'],
    ['/de/category/business/1', '/de/category/business'],
    ['/de/tag/klarna/1', '/de/tag/klarna'],
  ];
  for (const [from, to] of cases) {
    test(`${from} → ${to}`, async ({ request }) => {
      const first = await hop(request, from);
      expect(first, from).toEqual({ status: 308, location: to });
      // One hop: the target is the page itself.
      expect((await request.get(to, { maxRedirects: 0 })).status(), to).toBe(200);
    });
  }

  test('an unknown category or hashtag stays a 404', async ({ request }) => {
    for (const url of ['/en/category/unknown', '/de/tag/gibtesnicht']) {
      expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
    }
  });
});

test.describe('small truths', () => {
  test('the language redirect at / keeps the query string', async ({ request }) => {
    expect(await hop(request, '/?utm_source=x&utm_medium=mail', { 'accept-language': 'de-DE,de;q=0.9' })).toEqual({ status: 307, location: '/de?utm_source=x&utm_medium=mail' });
    expect(await hop(request, '/?utm_source=x', { 'accept-language': 'en-US,en;q=0.9' })).toEqual({ status: 307, location: '/en?utm_source=x' });
  });

  test('/favicon.ico and the web app manifest exist, with icons that load', async ({ request, page }) => {
    const favicon = await request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toMatch(/image\/(?:x-icon|vnd\.microsoft\.icon)/);
    const manifest = await request.get('/manifest.webmanifest');
    expect(manifest.status()).toBe(200);
    const json = (await manifest.json()) as { name: string; short_name: string; start_url: string; icons: { src: string; sizes: string; purpose?: string }[] };
    expect(json.short_name).toBe('TechNow');
    expect(json.start_url).toBe('/de');
    expect(json.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(json.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of json.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
    await page.goto('/en');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  });

  test('the byline starts with a capital, in both languages', async ({ page }) => {
    await page.goto('/de/articles/klarna-halbiert-belegschaft-mit-ki');
    await expect(page.getByTestId('byline')).toHaveText(/^Von Oliver Welling/);
    await page.goto('/en/articles/klarna-halves-workforce-with-ai');
    await expect(page.getByTestId('byline')).toHaveText(/^By Oliver Welling/);
  });

  test('an article table keeps its distance from the paragraph after it', async ({ page }) => {
    await page.goto('/de/articles/klarna-halbiert-belegschaft-mit-ki');
    const gap = await page.locator('[data-testid="article-body"] table').first().evaluate((table) => {
      const next = table.nextElementSibling;
      return next ? next.getBoundingClientRect().top - table.getBoundingClientRect().bottom : undefined;
    });
    expect(gap).toBeGreaterThanOrEqual(16);
  });
});
