import { expect, test, type Page } from '@playwright/test';

const DE_KLARNA = '/de/articles/klarna-halbiert-belegschaft-mit-ki';
const EN_KLARNA = '/en/articles/klarna-halves-workforce-with-ai';

// Figures from the editorial brief that the German Klarna piece must carry, as German readers see them.
const KLARNA_FIGURES = ['4.000', '2.000', '700', '73 Prozent', '93 Prozent', '88 Prozent', '86 Prozent', '46 Milliarden US-Dollar', '673 Millionen', '66,1 Millionen US-Dollar', '456 Millionen', '27 Prozent', '13,3 Milliarden'];

async function jsonLdTypes(page: Page): Promise<string[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((b) => {
    const data = JSON.parse(b) as { '@type'?: string } | { '@type'?: string }[];
    return (Array.isArray(data) ? data : [data]).map((d) => d['@type'] ?? '');
  });
}

test.describe('article page', () => {
  test('the German Klarna article shows every block in order', async ({ page }) => {
    const response = await page.goto(DE_KLARNA);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const article = page.getByTestId('article');

    // Breadcrumb → category → headline → byline → dates → reading time → lead → cover
    const crumbs = article.getByRole('navigation', { name: 'Du bist hier' });
    await expect(crumbs.getByRole('link', { name: 'Startseite' })).toHaveAttribute('href', '/de');
    await expect(crumbs.getByRole('link', { name: 'Business' })).toHaveAttribute('href', '/de/category/business');
    await expect(article.getByTestId('category-label')).toHaveText('Business');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveCount(1);
    await expect(h1).toContainText('Klarna');
    await expect(article.getByTestId('byline')).toContainText('Von Oliver Welling');
    await expect(article.getByTestId('byline').getByRole('link', { name: 'Oliver Welling' })).toHaveAttribute('href', '/de/author/oliver-welling');
    const published = article.locator('header time').first();
    await expect(published).toHaveAttribute('datetime', /^2024-08-28T09:30/);
    await expect(published).toContainText('28. August 2024');
    await expect(article.getByTestId('reading-time')).toContainText(/\d+ Minuten? Lesezeit/);
    await expect(article.locator('header p').last()).toContainText('Klarna will seine Belegschaft nahezu halbieren');
    const cover = article.locator('figure img');
    await expect(cover).toBeVisible();
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    // Key facts: five bold labels, each followed by a sentence
    const facts = article.getByTestId('key-facts');
    await expect(facts.getByRole('heading', { name: 'Das musst Du wissen' })).toBeVisible();
    await expect(facts.locator('li')).toHaveCount(5);
    await expect(facts.locator('li strong')).toHaveText([/Belegschaftsreduktion/, /Einsatz von KI/, /Keine Entlassungen/, /Marktvorbereitung/, /Erhöhte Produktivität/]);
    for (const text of await facts.locator('li').allTextContents()) expect(text.split(':')[1]?.trim().length ?? 0).toBeGreaterThan(20);

    // Body with every figure and the conclusion
    const body = article.getByTestId('article-body');
    for (const figure of KLARNA_FIGURES) await expect(body).toContainText(figure);
    await expect(body).toContainText(/elf auf zwei Minuten|11 auf 2 Minuten/);
    await expect(body.getByRole('heading', { level: 2, name: 'Fazit' })).toBeVisible();

    // Hashtags, source, share
    const tags = article.getByTestId('hashtags').getByRole('link');
    await expect(tags).toHaveText(['#Klarna', '#Fintech', '#KünstlicheIntelligenz', '#Arbeitsplatzreduktion', '#Automatisierung']);
    await expect(tags.first()).toHaveAttribute('href', '/de/tag/klarna');
    const source = article.getByTestId('source-reference');
    await expect(source.getByRole('heading', { name: 'Quelle' })).toBeVisible();
    const sourceLink = source.getByRole('link', { name: /Klarna plans to cut workforce by nearly half with AI/ });
    await expect(sourceLink).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(sourceLink).toHaveAttribute('href', /^https:\/\//);
    const share = article.getByTestId('share-links');
    const encoded = encodeURIComponent(DE_KLARNA);
    for (const name of ['Auf LinkedIn teilen', 'Auf XING teilen', 'Auf X teilen', 'Per E-Mail teilen']) {
      await expect(share.getByRole('link', { name })).toHaveAttribute('href', new RegExp(encoded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
    // The copy button loads as the share links come near the screen (components/article/copy-link-button.tsx).
    await share.scrollIntoViewIfNeeded();
    await expect(share.getByRole('button', { name: 'Link kopieren' })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));

    // Related posts and previous/next
    const related = article.getByTestId('related-posts');
    await expect(related.getByRole('heading', { level: 2, name: 'Ähnliche Beiträge' })).toBeVisible();
    const cards = related.getByTestId('article-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    expect(await cards.count()).toBeLessThanOrEqual(3);
    expect(await related.locator('a[href^="/de/articles/"]').count()).toBeGreaterThanOrEqual(await cards.count());
    await expect(article.getByTestId('adjacent-articles').getByRole('link').first()).toHaveAttribute('href', /^\/de\/articles\//);

    // Order of the main blocks in the document
    const order = await page.evaluate(() =>
      ['category-label', 'key-facts', 'article-body', 'hashtags', 'source-reference', 'share-links', 'related-posts', 'adjacent-articles'].map(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect().top ?? -1,
      ),
    );
    expect(order.every((top) => top >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // Sidebar blocks
    const sidebar = page.getByTestId('sidebar');
    await expect(sidebar.getByRole('heading', { name: 'Folge uns' })).toBeVisible();
    await expect(sidebar.getByTestId('follow-us').getByRole('link')).not.toHaveCount(0);
    await expect(sidebar.getByRole('heading', { name: 'Beliebte Artikel' })).toBeVisible();
    const popular = sidebar.getByTestId('popular-articles').locator('ol > li');
    expect(await popular.count()).toBeGreaterThan(0);
    expect(await popular.count()).toBeLessThanOrEqual(5);
    await expect(sidebar.getByTestId('popular-articles').getByRole('link', { name: /Klarna halbiert/ })).toHaveCount(0);
    const author = sidebar.getByTestId('author-box');
    await expect(author.getByRole('heading', { name: 'Zur Person' })).toBeVisible();
    await expect(author.getByRole('link', { name: 'Oliver Welling', exact: true })).toHaveAttribute('href', '/de/author/oliver-welling');
    await expect(author).toContainText('Gründer und Chefredakteur');
    const cta = sidebar.getByTestId('consulting-cta');
    await expect(cta.getByRole('heading', { level: 2 })).toBeVisible();
    // The request records the article the reader came from.
    await expect(cta.getByRole('link', { name: 'Beraten lassen' })).toHaveAttribute('href', `/de/consulting?from=${new URL(page.url()).pathname}`);
    await expect(sidebar.getByTestId('hot-categories').getByRole('link', { name: 'Business' })).toBeVisible();
    await expect(sidebar.getByTestId('hot-categories')).toContainText(/\d+ Beitr/);

    // Structured data
    const types = await jsonLdTypes(page);
    expect(types).toContain('NewsArticle');
    expect(types).toContain('BreadcrumbList');
  });

  test('the English Klarna article uses English labels', async ({ page }) => {
    await page.goto(EN_KLARNA);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('key-facts').getByRole('heading', { name: 'What you need to know' })).toBeVisible();
    await expect(page.getByTestId('byline')).toContainText('By Oliver Welling');
    await expect(page.getByTestId('source-reference').getByRole('heading', { name: 'Source' })).toBeVisible();
    await expect(page.getByTestId('consulting-cta').getByRole('link', { name: 'Get advice' })).toHaveAttribute('href', `/en/consulting?from=${new URL(page.url()).pathname}`);
    await expect(page.getByTestId('article-body')).toContainText('4,000');
  });

  test('the frame: skip link, banner, header navigation, footer', async ({ page }) => {
    await page.goto(DE_KLARNA);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await skip.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    await expect(page.getByRole('complementary', { name: /KI/ }).getByRole('link', { name: /KI-Reise/ })).toHaveAttribute('href', '/de/consulting');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(nav.getByRole('link', { name: 'Business' })).toHaveAttribute('href', '/de/category/business');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Impressum' })).toHaveAttribute('href', '/de/impressum');
    await expect(footer.getByRole('link', { name: 'Datenschutz' })).toHaveAttribute('href', '/de/datenschutz');
    await expect(footer.getByRole('link', { name: 'RSS-Feed' })).toHaveAttribute('href', '/de/feed.xml');
    await expect(footer).toContainText(/\(\d+ Beitr(a|ä)ge?\)/);
    await page.goto('/de/category/business');
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Business' })).toHaveAttribute('aria-current', 'page');
  });

  test('an unknown slug is a 404', async ({ page }) => {
    const response = await page.goto('/de/articles/gibt-es-nicht');
    expect(response?.status()).toBe(404);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the article is complete and the copy button stays hidden', async ({ page }) => {
      await page.goto(DE_KLARNA);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Klarna');
      await expect(page.getByTestId('key-facts').locator('li')).toHaveCount(5);
      await expect(page.getByTestId('article-body')).toContainText('673 Millionen');
      await expect(page.getByTestId('share-links').getByRole('link', { name: 'Auf LinkedIn teilen' })).toBeVisible();
      await expect(page.getByTestId('share-links').getByRole('button', { name: 'Link kopieren' })).toBeHidden();
      await expect(page.getByTestId('related-posts').getByTestId('article-card').first()).toBeVisible();
      await expect(page.getByTestId('consulting-cta').getByRole('link', { name: 'Beraten lassen' })).toBeVisible();
      await expect(page.locator('#article-language').getByRole('link', { name: 'English' })).toHaveAttribute('href', EN_KLARNA);
    });
  });

  test('@mobile phone layout: no horizontal scroll, sidebar below the article, menu opens', async ({ page }) => {
    for (const width of [360, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(DE_KLARNA);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      const articleBox = await page.getByTestId('article').boundingBox();
      const sidebarBox = await page.getByTestId('sidebar').boundingBox();
      expect(articleBox && sidebarBox).toBeTruthy();
      expect(sidebarBox!.y).toBeGreaterThanOrEqual(articleBox!.y + articleBox!.height);
    }
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
    const menu = page.getByTestId('mobile-nav');
    await menu.locator('summary').click();
    await expect(menu.getByRole('link', { name: 'Business' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu.getByRole('link', { name: 'Business' })).toBeHidden();
    await expect(menu.locator('summary')).toBeFocused();
    // Tabbing past the last entry, or tapping the page beside the panel, closes it too.
    await menu.locator('summary').click();
    await menu.getByRole('link', { name: 'English' }).focus();
    await page.keyboard.press('Tab');
    await expect(menu).not.toHaveAttribute('open');
    await menu.locator('summary').click();
    await page.mouse.click(10, 780);
    await expect(menu).not.toHaveAttribute('open');
    // After navigating from the menu, the new page doesn't start with the menu still open.
    await menu.locator('summary').click();
    await menu.getByRole('link', { name: 'Business' }).click();
    await expect(page).toHaveURL(/\/de\/category\/business$/);
    await expect(menu.getByRole('link', { name: 'Business' })).toBeHidden();
    await expect(menu).not.toHaveAttribute('open');
  });
});

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Klarna article has no WCAG 2.1 A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(DE_KLARNA);
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
