import { expect, test } from '@playwright/test';

const DE_KLARNA = '/de/articles/klarna-halbiert-belegschaft-mit-ki';
const EN_KLARNA = '/en/articles/klarna-halves-workforce-with-ai';
// A German article without an English version (content/articles/de, no matching translationKey in en).
const DE_UNTRANSLATED = '/de/articles/alphafold-3-sagt-molekuele-des-lebens-vorher';

test.describe('locale negotiation (proxy)', () => {
  test('/ redirects by Accept-Language with a 307', async ({ request }) => {
    const en = await request.get('/', { headers: { 'accept-language': 'en-US,en;q=0.9,de;q=0.3' }, maxRedirects: 0 });
    expect(en.status()).toBe(307);
    expect(new URL(en.headers()['location'] ?? '', 'http://x').pathname).toBe('/en');
    const de = await request.get('/', { headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' }, maxRedirects: 0 });
    expect(new URL(de.headers()['location'] ?? '', 'http://x').pathname).toBe('/de');
    const other = await request.get('/', { headers: { 'accept-language': 'fr-FR,fr;q=0.9' }, maxRedirects: 0 });
    expect(new URL(other.headers()['location'] ?? '', 'http://x').pathname).toBe('/de');
  });

  test('the NEXT_LOCALE cookie wins over Accept-Language', async ({ request }) => {
    const res = await request.get('/', { headers: { 'accept-language': 'de-DE,de;q=0.9', cookie: 'NEXT_LOCALE=en' }, maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(new URL(res.headers()['location'] ?? '', 'http://x').pathname).toBe('/en');
  });

  test('paths without a language keep their rest and query', async ({ request }) => {
    const res = await request.get('/archive?x=1', { headers: { 'accept-language': 'en' }, maxRedirects: 0 });
    expect(res.status()).toBe(307);
    const location = new URL(res.headers()['location'] ?? '', 'http://x');
    expect(location.pathname).toBe('/en/archive');
    expect(location.search).toBe('?x=1');
  });

  test('odd input never breaks the proxy', async ({ request, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    // Undecodable escapes are refused before routing (Next would answer them with a 500).
    for (const path of ['/%E0%A4%A', '/%', '/de/articles/%C3']) {
      const res = await request.get(origin + path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(400);
    }
    for (const path of ['/' + 'a'.repeat(5000), '//evil.example/x', '/Artikel%20mit%20Leerzeichen']) {
      const res = await request.get(origin + path, { headers: { 'accept-language': ';;q=,,' }, maxRedirects: 0 });
      // Next answers "//x" itself with a 308 to the normalised path; everything else is the proxy's 307.
      expect([307, 308], path.slice(0, 40)).toContain(res.status());
      // Always a same-origin target: no open redirect, and overlong paths go to the home page.
      const target = new URL(res.headers()['location'] ?? '', origin);
      expect(target.origin).toBe(origin);
      if (res.status() === 307) expect(target.pathname.startsWith('/de')).toBe(true);
      if (path.length > 1024) expect(target.pathname).toBe('/de');
    }
  });

  test('assets, API, sitemaps, robots and feeds are not redirected', async ({ request }) => {
    for (const path of ['/api/health', '/robots.txt', '/sitemap.xml', '/de/feed.xml']) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(200);
    }
  });
});

test.describe('language switcher', () => {
  test('from the German Klarna article to the English one, remembering the choice', async ({ page, context }) => {
    await page.goto(DE_KLARNA);
    const switcher = page.locator('#article-language');
    await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('href', EN_KLARNA);
    await switcher.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(EN_KLARNA);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const cookie = (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE');
    expect(cookie?.value).toBe('en');
    expect(cookie?.path).toBe('/');
    expect(cookie?.sameSite).toBe('Lax');
    // One year, give or take the test's own runtime.
    expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(364 * 24 * 3600);
    // The next visit to / follows the cookie, not the browser's language.
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
  });

  test('the header switch follows the page translation', async ({ page }) => {
    await page.goto(DE_KLARNA);
    await page.getByRole('banner').getByTestId('language-switcher').first().getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(EN_KLARNA);
  });

  test('an untranslated article says so, and the header switch leads to the other home with a notice', async ({ page }) => {
    await page.goto(DE_UNTRANSLATED);
    await expect(page.getByTestId('untranslated')).toHaveText('Diesen Beitrag gibt es bisher nur auf Deutsch.');
    await expect(page.locator('#article-language')).toHaveCount(0);
    await page.getByRole('banner').getByTestId('language-switcher').first().getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\?notice=untranslated$/);
    await expect(page.getByTestId('untranslated-notice')).toContainText("isn’t available in English");
    await page.goto('/en');
    await expect(page.getByTestId('untranslated-notice')).toHaveCount(0);
  });

  test('the header switch keeps the search query, and says so when a page has no version in the other language', async ({ page }) => {
    await page.goto('/de/search?q=klarna');
    await page.getByRole('banner').getByTestId('language-switcher').first().getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL('/en/search?q=klarna');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main')).toContainText('klarna');

    await page.goto('/de/tag/arbeitsplatzreduktion');
    await page.getByRole('banner').getByTestId('language-switcher').first().getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\?notice=untranslated$/);
    await expect(page.getByTestId('untranslated-notice')).toContainText('This page isn’t available in English yet');
  });

  test('the current language is marked, not linked', async ({ page }) => {
    await page.goto('/en');
    // The first switcher in the banner is the header's own; the second sits in the phone menu.
    const header = page.getByRole('banner').getByTestId('language-switcher').first();
    await expect(header.locator('[aria-current="true"]')).toHaveText(/EN/);
    await expect(header.getByRole('link')).toHaveCount(1);
  });
});
