import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const pages: Record<'de' | 'en', { name: string; url: string }[]> = {
  de: [
    { name: 'home', url: '/de' },
    { name: 'article', url: '/de/articles/klarna-halbiert-belegschaft-mit-ki' },
    { name: 'category', url: '/de/category/business' },
    { name: 'tag', url: '/de/tag/klarna' },
    { name: 'author', url: '/de/author/oliver-welling' },
    { name: 'archive', url: '/de/archive' },
    { name: 'impressum', url: '/de/impressum' },
    { name: 'datenschutz', url: '/de/datenschutz' },
    { name: '404', url: '/de/gibt-es-nicht' },
  ],
  en: [
    { name: 'home', url: '/en' },
    { name: 'article', url: '/en/articles/klarna-halves-workforce-with-ai' },
    { name: 'category', url: '/en/category/business' },
    { name: 'tag', url: '/en/tag/klarna' },
    { name: 'author', url: '/en/author/oliver-welling' },
    { name: 'archive', url: '/en/archive' },
    { name: 'impressum', url: '/en/impressum' },
    { name: 'datenschutz', url: '/en/datenschutz' },
    { name: '404', url: '/en/does-not-exist' },
  ],
};

for (const lang of ['de', 'en'] as const) {
  for (const { name, url } of pages[lang]) {
    // "@mobile" puts every check into the phone project too (390 px), besides desktop.
    test(`axe: ${lang} ${name} has no WCAG 2.2 AA violations @mobile`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
      expect(summary).toEqual([]);
    });
  }
}
