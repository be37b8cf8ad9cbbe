import { expect, test } from '@playwright/test';

// content/articles/de/openai-stellt-gpt-4o-vor.md names only `src` and `alt` of its cover: the
// pixel size (1200 × 675) is read from public/images/articles/gpt-4o.webp at build time.
const ARTICLE = '/de/articles/openai-stellt-gpt-4o-vor';

test.describe('covers without width and height in front matter', () => {
  test('the article page reserves the cover box from the file size, before the image has loaded', async ({ page }) => {
    // Hold the image back: the box must already have its final size without it.
    await page.route('**/_next/image**', () => undefined);
    await page.route('**/images/articles/gpt-4o.webp', () => undefined);
    await page.goto(ARTICLE, { waitUntil: 'domcontentloaded' });
    const cover = page.locator('article figure img');
    await expect(cover).toHaveAttribute('width', '1200');
    await expect(cover).toHaveAttribute('height', '675');
    const box = await cover.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.height).toBeGreaterThan(0);
    expect(Math.abs(box!.width / box!.height - 1200 / 675)).toBeLessThan(0.01);
  });

  test('the image as loaded has the size the page announced, so nothing shifts', async ({ page }) => {
    await page.goto(ARTICLE);
    const cover = page.locator('article figure img');
    await expect(cover).toBeVisible();
    const size = await cover.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { natural: img.naturalWidth / img.naturalHeight, announced: Number(img.getAttribute('width')) / Number(img.getAttribute('height')) };
    });
    expect(Math.abs(size.natural - size.announced)).toBeLessThan(0.01);
  });
});
