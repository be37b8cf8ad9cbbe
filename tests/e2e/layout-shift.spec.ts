import { expect, test } from '@playwright/test';

/**
 * A web font that arrives after the first paint must not move the page. The serif face (headline,
 * lead, body) is held back for 1.5 s here, as on a slow phone connection; the layout shifts the page
 * records while it loads and settles are added up as Lighthouse's CLS does (shifts right after
 * input excluded).
 */
const FONT_DELAY_MS = 1500;

async function layoutShiftAfterLateFonts(page: import('@playwright/test').Page, url: string, font = /\/_next\/static\/media\/.*source_serif.*\.woff2$/): Promise<number> {
  await page.route(font, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, FONT_DELAY_MS));
    await route.continue();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  // Past the delay, so a late font would have been swapped in by now.
  await page.waitForTimeout(FONT_DELAY_MS + 1000);
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

test('the article does not move when the serif web font arrives late', async ({ page }) => {
  await page.goto('/de');
  const href = await page.locator('a[href^="/de/articles/"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const cls = await layoutShiftAfterLateFonts(page, href!);
  expect(cls).toBeLessThan(0.01);
});

test('the home page does not move when the preloaded Inter font arrives late', async ({ page }) => {
  // The first paint can come before the preloaded Inter file (with the CSS inlined, or cached from
  // an earlier page); with font-display: swap its teaser re-flowed when Inter arrived (Lighthouse:
  // layout shift 0.047, on its phone-sized screen).
  await page.setViewportSize({ width: 412, height: 823 });
  const cls = await layoutShiftAfterLateFonts(page, '/en', /\/_next\/static\/media\/inter_.*\.woff2$/);
  // 'swap' measured 0.009 here, 'optional' 0.
  expect(cls).toBeLessThan(0.001);
});
