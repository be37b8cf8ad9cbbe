import { getAllArticles, getAuthors, getCategories, getTags, getTranslation, listArticles, type ArticleMeta } from '@/lib/content';
import { locales, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';

/**
 * The one model of which public, indexable pages exist in which language. The sitemap and the
 * pages' hreflang tags are both derived from it, so they cannot disagree.
 */
export type Versions = Partial<Record<Locale, string>>;

export interface PublicPage {
  /** Path of each language version that exists. */
  versions: Versions;
  /** Last content change per language version (ISO 8601 with offset); absent for pages without dated content. */
  lastModified: Partial<Record<Locale, string>>;
}

/** When an article last changed: `updated`, else its publication date. */
export function modifiedAt(article: Pick<ArticleMeta, 'date' | 'updated'>): string {
  return article.updated ?? article.date;
}

/** The newest modification time of a list of articles, or undefined for an empty list. */
export function newestModified(articles: readonly Pick<ArticleMeta, 'date' | 'updated'>[]): string | undefined {
  let best: string | undefined;
  let bestMs = -Infinity;
  for (const a of articles) {
    const ms = Date.parse(modifiedAt(a));
    if (ms > bestMs) {
      bestMs = ms;
      best = modifiedAt(a);
    }
  }
  return best;
}

function pageCount(lang: Locale, filter: { category?: string; tag?: string }): number {
  const first = listArticles({ lang, ...filter, page: 1 });
  return first.total === 0 ? 0 : first.pageCount;
}

function listingPage(build: (lang: Locale) => string | undefined, items: (lang: Locale) => ArticleMeta[] | undefined): PublicPage {
  const versions: Versions = {};
  const lastModified: Partial<Record<Locale, string>> = {};
  for (const lang of locales) {
    const path = build(lang);
    if (path === undefined) continue;
    versions[lang] = path;
    const modified = newestModified(items(lang) ?? []);
    if (modified) lastModified[lang] = modified;
  }
  return { versions, lastModified };
}

/** Language versions of the home page. */
export function homeAlternates(): Versions {
  return Object.fromEntries(locales.map((l) => [l, routes.home(l)]));
}

/** Language versions of a page that exists in every language (consulting, imprint, privacy, search). */
export function staticAlternates(route: (lang: Locale) => string): Versions {
  return Object.fromEntries(locales.map((l) => [l, route(l)]));
}

/** Language versions of archive page `page`: the languages that have that many pages. */
export function archiveAlternates(page = 1): Versions {
  return Object.fromEntries(locales.filter((l) => page <= Math.max(1, pageCount(l, {}))).map((l) => [l, routes.archive(l, page)]));
}

/**
 * Language versions of category page `page`. Categories are defined in both languages, so their
 * first page exists in both even before it has articles; later pages only where there are enough.
 */
export function categoryAlternates(slug: string, page = 1): Versions {
  return Object.fromEntries(locales.filter((l) => page <= Math.max(1, pageCount(l, { category: slug }))).map((l) => [l, routes.category(l, slug, page)]));
}

/** Language versions of tag page `page`: a hashtag used in both languages links its two pages. */
export function tagAlternates(tag: string, page = 1): Versions {
  return Object.fromEntries(locales.filter((l) => page <= pageCount(l, { tag })).map((l) => [l, routes.tag(l, tag, page)]));
}

/** Language versions of an author profile (profiles exist in every language). */
export function authorAlternates(slug: string): Versions {
  return Object.fromEntries(locales.map((l) => [l, routes.author(l, slug)]));
}

/** Language versions of an article: itself plus its visible translations. */
export function articleAlternates(article: ArticleMeta): Versions {
  const versions: Versions = {};
  for (const l of locales) {
    const version = l === article.lang ? article : getTranslation(article, l);
    if (version) versions[l] = routes.article(l, version.slug);
  }
  return versions;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** Every public, indexable page (search and 404 are noindex and left out; drafts never reach the index). */
export function getPublicPages(): PublicPage[] {
  const pages: PublicPage[] = [];
  const perPage = siteConfig.articlesPerPage;
  const pageItems = (lang: Locale, page: number, filter: { category?: string; tag?: string }) => listArticles({ lang, ...filter, page, perPage }).items;

  pages.push(listingPage(routes.home, (l) => getAllArticles(l)));

  const archivePages = Math.max(...locales.map((l) => Math.max(1, pageCount(l, {}))));
  for (const n of range(archivePages)) {
    const versions = archiveAlternates(n);
    pages.push(listingPage((l) => versions[l], (l) => pageItems(l, n, {})));
  }

  const categorySlugs = new Set(locales.flatMap((l) => getCategories(l).map((c) => c.slug)));
  for (const slug of categorySlugs) {
    const n = Math.max(1, ...locales.map((l) => pageCount(l, { category: slug })));
    for (const p of range(n)) {
      const versions = categoryAlternates(slug, p);
      pages.push(listingPage((l) => versions[l], (l) => pageItems(l, p, { category: slug })));
    }
  }

  const tagSlugs = new Set(locales.flatMap((l) => getTags(l).map((t) => t.slug)));
  for (const tag of tagSlugs) {
    const n = Math.max(...locales.map((l) => pageCount(l, { tag })));
    for (const p of range(n)) {
      const versions = tagAlternates(tag, p);
      pages.push(listingPage((l) => versions[l], (l) => pageItems(l, p, { tag })));
    }
  }

  for (const author of getAuthors()) {
    pages.push(listingPage((l) => routes.author(l, author.slug), (l) => getAllArticles(l).filter((a) => a.authors.includes(author.slug))));
  }

  for (const route of [routes.consulting, routes.imprint, routes.privacy]) {
    pages.push({ versions: staticAlternates(route), lastModified: {} });
  }

  // Articles: one entry per translation group, so a pair is listed once with both versions.
  const seen = new Set<string>();
  for (const lang of locales) {
    for (const article of getAllArticles(lang)) {
      if (seen.has(article.translationKey)) continue;
      seen.add(article.translationKey);
      const versions = articleAlternates(article);
      const lastModified: Partial<Record<Locale, string>> = {};
      for (const l of locales) {
        const version = l === lang ? article : getTranslation(article, l);
        if (version) lastModified[l] = modifiedAt(version);
      }
      pages.push({ versions, lastModified });
    }
  }
  return pages;
}
