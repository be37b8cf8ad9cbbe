import type { ArticleMeta } from '@/lib/content/types';
import { locales, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { absoluteUrl, siteConfig } from '@/lib/site';
import { buildLanguageAlternates } from '@/lib/seo/metadata';
import type { PublicPage } from '@/lib/seo/pages';

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
  /** hreflang → absolute URL, self and x-default included; absent for pages without a translation. */
  alternates?: Partial<Record<string, string>>;
}

/** sitemap.xml entries: one per language version, each with all hreflang alternates. */
export function buildSitemapUrls(pages: readonly PublicPage[]): SitemapUrl[] {
  const urls: SitemapUrl[] = [];
  for (const page of pages) {
    const alternates = buildLanguageAlternates(page.versions);
    for (const lang of locales) {
      const path = page.versions[lang];
      if (path === undefined) continue;
      const lastmod = page.lastModified[lang];
      urls.push({ loc: absoluteUrl(path), ...(lastmod ? { lastmod } : {}), ...(alternates ? { alternates } : {}) });
    }
  }
  return urls;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * sitemaps.org XML. Written here rather than by app/sitemap.ts because Next's serialiser puts
 * <xhtml:link> before <lastmod>, and the sitemaps.org schema only allows extension elements after
 * loc, lastmod, changefreq and priority, so that output fails validation.
 */
export function renderSitemapXml(urls: readonly SitemapUrl[]): string {
  const hasAlternates = urls.some((u) => u.alternates);
  const body = urls.map((u) => {
    const lines = [`<loc>${escapeXml(u.loc)}</loc>`];
    if (u.lastmod) lines.push(`<lastmod>${escapeXml(u.lastmod)}</lastmod>`);
    for (const [hreflang, href] of Object.entries(u.alternates ?? {})) {
      if (href) lines.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`);
    }
    return `<url>\n  ${lines.join('\n  ')}\n</url>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${hasAlternates ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''}>\n` +
    body.join('\n') +
    '\n</urlset>\n'
  );
}

/** Google News accepts articles published in the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_MAX_ITEMS = 1000;

/** Articles eligible for the news sitemap at `now`: published within the window, newest first. */
export function selectNewsArticles(articles: readonly ArticleMeta[], now: Date): ArticleMeta[] {
  const end = now.getTime();
  const start = end - NEWS_WINDOW_MS;
  return articles
    .filter((a) => a.status === 'published')
    .filter((a) => {
      const t = Date.parse(a.date);
      return t >= start && t <= end;
    })
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    .slice(0, NEWS_MAX_ITEMS);
}

/**
 * Google News sitemap. When no article is recent enough, the language home pages are listed
 * without news tags: the sitemaps.org schema requires at least one <url>, and an empty but
 * invalid document would be reported as broken rather than as "nothing new".
 */
export function buildNewsSitemapXml(articles: readonly ArticleMeta[], now: Date): string {
  const recent = selectNewsArticles(articles, now);
  const urls = recent.map(
    (a) =>
      `<url><loc>${escapeXml(absoluteUrl(routes.article(a.lang, a.slug)))}</loc>` +
      `<news:news><news:publication><news:name>${escapeXml(siteConfig.name)}</news:name>` +
      `<news:language>${a.lang}</news:language></news:publication>` +
      `<news:publication_date>${escapeXml(a.date)}</news:publication_date>` +
      `<news:title>${escapeXml(a.title)}</news:title></news:news></url>`,
  );
  if (urls.length === 0) {
    for (const lang of locales as readonly Locale[]) urls.push(`<url><loc>${escapeXml(absoluteUrl(routes.home(lang)))}</loc></url>`);
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  );
}
