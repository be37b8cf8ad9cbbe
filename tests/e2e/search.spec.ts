import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const KLARNA = '/de/articles/klarna-halbiert-belegschaft-mit-ki';
const NVIDIA = '/de/articles/nvidia-nim-beschleunigt-wettervorhersage';

const headerSearch = (page: Page) => page.getByRole('banner').getByRole('search');
const results = (page: Page) => page.locator('main ol li');

test.describe('results page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [query, target] of [
    ['Klarna', KLARNA],
    ['Klrana', KLARNA],
    ['kuenstliche intelligenz', KLARNA],
    ['KUNDENSERV', KLARNA],
    ['Wettervorhersage', NVIDIA],
  ] as const) {
    test(`header form: "${query}" finds ${target}`, async ({ page }) => {
      await page.goto('/de');
      const form = headerSearch(page);
      await form.getByRole('searchbox').fill(query);
      await form.getByRole('searchbox').press('Enter');
      await expect(page).toHaveURL(/\/de\/search\?q=/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suche');
      await expect(results(page).locator(`a[href="${target}"]`)).toHaveCount(1);
      // The page's own search box keeps the query for refining it.
      await expect(page.locator('main').getByRole('searchbox')).toHaveValue(query);
    });
  }

  test('marks matched words and keeps the page out of the index', async ({ page }) => {
    await page.goto('/de/search?q=Klarna');
    await expect(results(page).first().locator('mark').first()).toHaveText(/Klarna/i);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('explains an empty query and a query without results', async ({ page }) => {
    await page.goto('/de/search');
    await expect(page.locator('main')).toContainText('Gib einen Suchbegriff ein');
    await expect(results(page)).toHaveCount(0);
    await page.goto('/de/search?q=Zwetschgenkuchenrezept');
    await expect(page.locator('main')).toContainText('Keine Beiträge zu „Zwetschgenkuchenrezept“ gefunden.');
  });

  test('paginates long result lists', async ({ page }) => {
    await page.goto('/de/search?q=KI');
    await expect(results(page)).toHaveCount(10);
    await page.getByRole('navigation', { name: /seiten/i }).getByRole('link', { name: '2' }).click();
    await expect(page).toHaveURL(/page=2/);
    expect(await results(page).count()).toBeGreaterThan(0);
  });

  test('English results live under /en', async ({ page }) => {
    await page.goto('/en/search?q=weather');
    await expect(results(page).locator('a[href="/en/articles/nvidia-nim-speeds-up-weather-forecasting"]')).toHaveCount(1);
  });
});

test.describe('hostile queries get a normal answer', () => {
  const hostile = ['.*(a+)+$', '[(?<=\\', '<script>alert(1)</script>', '\u0000\u0001\u001b[31m', 'x'.repeat(10_000), `${'ä'.repeat(1_000)} Klarna`, '%', '"\'`'];

  for (const q of hostile) {
    test(`page and API answer ${JSON.stringify(q.slice(0, 20))}${q.length > 20 ? ` (${q.length} chars)` : ''}`, async ({ request }) => {
      const page = await request.get(`/de/search?q=${encodeURIComponent(q)}`);
      expect(page.status()).toBe(200);
      const html = await page.text();
      expect(html).not.toContain('<script>alert(1)</script>');
      const api = await request.get(`/api/search?lang=de&q=${encodeURIComponent(q)}`);
      expect(api.status()).toBe(200);
      const body = (await api.json()) as { query: string; hits: unknown[] };
      expect(body.query.length).toBeLessThanOrEqual(120);
      expect(Array.isArray(body.hits)).toBe(true);
    });
  }

  test('a 10,000-character query is cut and says so', async ({ page }) => {
    await page.goto(`/de/search?q=${'Klarna '.repeat(1500)}`);
    await expect(page.getByRole('note')).toContainText('gekürzt');
  });

  test('API: JSON with cache headers; unknown language is a 400', async ({ request }) => {
    const ok = await request.get('/api/search?lang=de&q=Klarna');
    expect(ok.headers()['cache-control']).toContain('max-age');
    const body = (await ok.json()) as { hits: { url: string }[] };
    expect(body.hits[0]?.url).toBe(KLARNA);
    expect((await request.get('/api/search?lang=xx&q=Klarna')).status()).toBe(400);
  });
});

test.describe('overlay', () => {
  test('results page has no accessibility violations', async ({ page }) => {
    await page.goto('/de/search?q=Klarna');
    const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('opens from the header button, searches as you type, closes with Esc and returns focus', async ({ page }) => {
    await page.goto('/de');
    await expect(page.locator('dialog')).toHaveCount(0);
    const button = headerSearch(page).getByRole('button', { name: 'Suchen' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Beiträge durchsuchen' });
    await expect(dialog).toBeVisible();
    const box = dialog.getByRole('combobox');
    await expect(box).toBeFocused();
    await page.keyboard.type('Klrana');
    const options = dialog.getByRole('option');
    await expect(options.first()).toContainText('Klarna');
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    const axe = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? 'missing');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('Enter opens the chosen result', async ({ page }) => {
    await page.goto('/de');
    await headerSearch(page).getByRole('searchbox').fill('Wettervorhersage');
    await headerSearch(page).getByRole('searchbox').press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('combobox')).toHaveValue('Wettervorhersage');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${NVIDIA}$`));
  });

  test('Enter without a chosen result shows all results @mobile', async ({ page }) => {
    await page.goto('/de');
    await headerSearch(page).getByRole('button', { name: 'Suchen' }).click();
    const box = page.getByRole('dialog').getByRole('combobox');
    await expect(box).toBeFocused();
    await box.fill('Klarna');
    await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/de\/search\?q=Klarna$/);
    await expect(results(page).locator(`a[href="${KLARNA}"]`)).toHaveCount(1);
  });
});
