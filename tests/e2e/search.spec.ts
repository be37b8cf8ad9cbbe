import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

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

test('results page has no accessibility violations @mobile', async ({ page }) => {
  await page.goto('/de/search?q=Klarna');
  const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

/** How many articles the engine finds for a query (the same API the panel asks). */
async function totalFor(request: APIRequestContext, lang: 'de' | 'en', q: string): Promise<number> {
  const res = await request.get(`/api/search?${new URLSearchParams({ lang, q })}`);
  return ((await res.json()) as { total: number }).total;
}

test.describe('results as you type under the header box (desktop)', () => {
  test.skip(({ isMobile }) => isMobile, 'the phone header has no search box, only the button (overlay below)');

  test('typing shows results without pressing Enter, keeping the text and the caret', async ({ page }) => {
    await page.goto('/de');
    const box = headerSearch(page).getByRole('combobox', { name: 'Beiträge durchsuchen' });
    await box.click();
    await page.keyboard.type('Klrana');
    const listbox = page.getByRole('listbox');
    await expect(listbox.getByRole('option').first()).toContainText('Klarna');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(box).toHaveAttribute('aria-controls', (await listbox.getAttribute('id')) ?? 'missing');
    // The same box, still focused, with the text and the caret where the reader left them.
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('Klrana');
    expect(await box.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([6, 6]);
    await expect(page.locator('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(/\/de$/);
    // Typing on refines the same list.
    await page.keyboard.press('Backspace');
    await page.keyboard.type('a Kundenservice');
    await expect(box).toHaveValue('Klrana Kundenservice');
    await expect(listbox.getByRole('option').first()).toContainText('Klarna');
    // Every axe rule, best practices included, on the box and the open panel.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page }).include('header [role="search"]').include('[data-testid="search-panel"]').analyze();
      expect(axe.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
  });

  test('keyboard only: Tab to the box, type, arrows, Enter opens the highlighted article', async ({ page }) => {
    await page.goto('/de');
    const box = headerSearch(page).getByRole('combobox');
    for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.type('Wettervorhersage');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? 'missing');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${NVIDIA}$`));
    await expect(page.getByRole('listbox')).toBeHidden();
  });

  test('keyboard only: Escape closes the results, Enter without a highlight opens the results page', async ({ page }) => {
    await page.goto('/de');
    const box = headerSearch(page).getByRole('combobox');
    await box.focus();
    await page.keyboard.type('Klarna');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('Klarna');
    await expect(box).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/de\/search\?q=Klarna$/);
    await expect(results(page).locator(`a[href="${KLARNA}"]`)).toHaveCount(1);
  });

  test('the search button opens the results page; on an empty box it puts the cursor there', async ({ page }) => {
    await page.goto('/en');
    const form = headerSearch(page);
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(form.getByRole('combobox')).toBeFocused();
    await expect(page).toHaveURL(/\/en$/);
    await page.keyboard.type('weather');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=weather$/);
    await expect(results(page).locator('a[href="/en/articles/nvidia-nim-speeds-up-weather-forecasting"]')).toHaveCount(1);
  });

  for (const [lang, one, many, oneText, manyText] of [
    ['de', 'Wettervorhersage', 'KI', (n: number) => `${n} Treffer`, (n: number) => `${n} Treffer`],
    ['en', 'weather', 'AI', (n: number) => `${n} result`, (n: number) => `${n} results`],
  ] as const) {
    test(`the count is said with plural forms (${lang})`, async ({ page, request }) => {
      expect(await totalFor(request, lang, one)).toBe(1);
      const total = await totalFor(request, lang, many);
      expect(total).toBeGreaterThan(1);
      await page.goto(`/${lang}`);
      const box = headerSearch(page).getByRole('combobox');
      const live = page.getByTestId('search-live');
      await box.fill(one);
      await expect(live).toHaveText(oneText(1));
      await expect(live).toHaveAttribute('role', 'status');
      await box.fill(many);
      await expect(live).toHaveText(manyText(total));
      // The visible count agrees.
      await expect(page.getByTestId('search-panel')).toContainText(manyText(total));
    });
  }
});

test.describe('overlay (phones)', () => {
  test.skip(({ isMobile }) => !isMobile, 'the overlay is the phone header’s search; wide screens search in the header box');

  test('opens from the header button, searches as you type, closes with Esc and returns focus @mobile', async ({ page }) => {
    await page.goto('/de');
    await expect(page.locator('dialog')).toHaveCount(0);
    const button = headerSearch(page).getByRole('button', { name: 'Suchen' });
    await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
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

  test('Enter opens the chosen result @mobile', async ({ page }) => {
    await page.goto('/de');
    await headerSearch(page).getByRole('button', { name: 'Suchen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill('Wettervorhersage');
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

  for (const [lang, one, many, oneText, manyText] of [
    ['de', 'Wettervorhersage', 'KI', (n: number) => `${n} Treffer`, (n: number) => `${n} Treffer`],
    ['en', 'weather', 'AI', (n: number) => `${n} result`, (n: number) => `${n} results`],
  ] as const) {
    test(`the overlay says the count with plural forms (${lang}) @mobile`, async ({ page, request }) => {
      expect(await totalFor(request, lang, one)).toBe(1);
      const total = await totalFor(request, lang, many);
      expect(total).toBeGreaterThan(1);
      await page.goto(`/${lang}`);
      await headerSearch(page).getByRole('button').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox').fill(one);
      await expect(dialog.getByRole('status')).toHaveText(oneText(1));
      await dialog.getByRole('combobox').fill(many);
      await expect(dialog.getByRole('status')).toHaveText(manyText(total));
    });
  }
});
