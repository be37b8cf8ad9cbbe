import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** Client components translated with react-i18next (lib/i18n/client.tsx), loaded when needed. */

const articles = {
  de: { url: '/de/articles/klarna-halbiert-belegschaft-mit-ki', copy: 'Link kopieren', copied: 'Link kopiert' },
  en: { url: '/en/articles/klarna-halves-workforce-with-ai', copy: 'Copy link', copied: 'Link copied' },
} as const;

for (const lang of ['de', 'en'] as const) {
  test(`copy-link button speaks ${lang}, appears near the share links and copies the address @mobile`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const { url, copy, copied } = articles[lang];
    await page.goto(url);
    const share = page.getByTestId('share-links');
    await share.scrollIntoViewIfNeeded();
    const button = share.getByRole('button', { name: copy });
    await expect(button).toBeVisible();
    await button.click();
    await expect(button.getByRole('status')).toHaveText(copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${url}$`));
    const axe = await new AxeBuilder({ page }).include('[data-testid="share-links"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
}

test('the untranslated-page notice speaks the page language', async ({ page }) => {
  await page.goto('/de?notice=untranslated');
  await expect(page.getByTestId('untranslated-notice')).toHaveText('Diese Seite gibt es noch nicht auf Deutsch. Hier findest Du unsere aktuellen Beiträge.');
  await page.goto('/en');
  await expect(page.getByTestId('untranslated-notice')).toHaveCount(0);
});

test('i18next reaches the browser only with a component that needs it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
  });
  await page.goto('/de');
  await page.waitForLoadState('networkidle');
  // An option name that survives minification, in i18next and in lib/i18n/client.tsx (both lazy).
  const hasI18next = () => scripts.some((s) => s.includes('initAsync'));
  expect(hasI18next()).toBe(false);
  await page.getByRole('banner').getByRole('combobox').focus();
  await expect.poll(hasI18next).toBe(true);
});
