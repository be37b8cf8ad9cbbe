import { expect, test, type Page } from '@playwright/test';
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

const notFoundCases = [
  { url: '/de/articles/gibt-es-nicht', lang: 'de', heading: 'Diese Seite gibt es leider nicht', home: 'Zur Startseite' },
  { url: '/de/archive/999', lang: 'de', heading: 'Diese Seite gibt es leider nicht', home: 'Zur Startseite' },
  { url: '/de/category/business/1', lang: 'de', heading: 'Diese Seite gibt es leider nicht', home: 'Zur Startseite' },
  { url: '/de/irgendwas/tief/verschachtelt', lang: 'de', heading: 'Diese Seite gibt es leider nicht', home: 'Zur Startseite' },
  { url: '/en/articles/does-not-exist', lang: 'en', heading: "Sorry, this page doesn't exist", home: 'Go to the home page' },
  { url: '/en/tag/no-such-tag', lang: 'en', heading: "Sorry, this page doesn't exist", home: 'Go to the home page' },
  { url: '/en/category/nope', lang: 'en', heading: "Sorry, this page doesn't exist", home: 'Go to the home page' },
];

for (const c of notFoundCases) {
  test(`404 for ${c.url}: status, localised text, noindex, helpful links @mobile`, async ({ page }) => {
    const response = await page.goto(c.url);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
    await expect(await h1(page)).toHaveText(c.heading);
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
    const main = page.locator('main');
    await expect(main.getByRole('link', { name: c.home })).toHaveAttribute('href', `/${c.lang}`);
    await expect(main.locator(`a[href="/${c.lang}/search"]`)).toBeVisible();
    await expect(main.locator(`a[href^="/${c.lang}/category/"]`).first()).toBeVisible();
  });
}

test('an unknown language prefix answers 404, never 500', async ({ request }) => {
  for (const url of ['/xx/foo', '/fr/articles/klarna', '/de-AT/impressum']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
  }
});
