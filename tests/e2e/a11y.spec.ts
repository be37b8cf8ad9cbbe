import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, test } from '@playwright/test';

/*
 * Every axe rule, not only the WCAG-tagged ones: best practices (landmarks, region, heading order …)
 * and the experimental rules (label-content-name-mismatch among them) run too. `withRules` with the
 * full list runs exactly these, whatever axe enables by default.
 */
const ALL_RULES = axe.getRules().map((rule) => rule.ruleId);

const pages: Record<'de' | 'en', { name: string; url: string }[]> = {
  de: [
    { name: 'home', url: '/de' },
    { name: 'article', url: '/de/articles/klarna-halbiert-belegschaft-mit-ki' },
    { name: 'category', url: '/de/category/forschung' },
    { name: 'tag', url: '/de/tag/klarna' },
    { name: 'author', url: '/de/author/oliver-welling' },
    { name: 'archive', url: '/de/archive' },
    { name: 'search', url: '/de/search?q=klarna' },
    { name: 'consulting', url: '/de/consulting' },
    { name: 'imprint', url: '/de/impressum' },
    { name: 'privacy', url: '/de/datenschutz' },
    { name: '404', url: '/de/gibt-es-nicht' },
  ],
  en: [
    { name: 'home', url: '/en' },
    { name: 'article', url: '/en/articles/klarna-halves-workforce-with-ai' },
    { name: 'category', url: '/en/category/research' },
    { name: 'tag', url: '/en/tag/klarna' },
    { name: 'author', url: '/en/author/oliver-welling' },
    { name: 'archive', url: '/en/archive' },
    { name: 'search', url: '/en/search?q=klarna' },
    { name: 'consulting', url: '/en/consulting' },
    { name: 'imprint', url: '/en/legal-notice' },
    { name: 'privacy', url: '/en/privacy' },
    { name: '404', url: '/en/does-not-exist' },
  ],
};

for (const lang of ['de', 'en'] as const) {
  for (const { name, url } of pages[lang]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      // "@mobile" puts every check into the phone project too (390 px), besides desktop (1280 px).
      test(`axe (all rules): ${lang} ${name}, ${colorScheme} @mobile`, async ({ page }) => {
        expect(ALL_RULES.length).toBeGreaterThan(90);
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page }).withRules(ALL_RULES).analyze();
        const summary = results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
        expect(summary).toEqual([]);
        // Nothing left unchecked for lack of a decision either, where axe can tell ("incomplete" holds
        // e.g. contrast over images it cannot measure); listed in the report for a human look.
        test.info().annotations.push({ type: 'axe-incomplete', description: results.incomplete.map((r) => r.id).join(', ') || 'none' });
      });
    }
  }
}
