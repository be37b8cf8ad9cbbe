import { test } from '@playwright/test';
import path from 'node:path';

// Full-page screenshots for visual review; they land in test-results/screenshots/.
const SCREENSHOT_DIR = path.join('test-results', 'screenshots');

const pages = [
  { name: 'home-de', url: '/de' },
  { name: 'home-en', url: '/en' },
  { name: 'klarna-de', url: '/de/articles/klarna-halbiert-belegschaft-mit-ki' },
  { name: 'klarna-en', url: '/en/articles/klarna-halves-workforce-with-ai' },
  { name: 'category-de', url: '/de/category/forschung' },
  { name: 'category-en', url: '/en/category/research' },
  { name: 'legal-notice-en', url: '/en/legal-notice' },
];

const widths = [390, 1280];

for (const { name, url } of pages) {
  for (const width of widths) {
    test(`screenshot ${name} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      // Lazy images below the fold load only when scrolled into view; decode them all first.
      await page.evaluate(async () => {
        for (const img of Array.from(document.images)) img.loading = 'eager';
        await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)));
      });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true });
    });
  }
}
