import { getAllArticles, getAuthors, getCategories, getContentIndex, getTags, getTranslation, type ArticleMeta, type ContentIndex } from '@/lib/content';
import { locales, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';

/**
 * The one model of which public, indexable pages exist in which language. The sitemap and the
 * pages' hreflang tags are both derived from it, so they cannot disagree.
 */
export type Versions = Partial<Record<Locale, string>>;

export interface PublicPage {
  /** Articles go into their own sitemap files (see lib/seo/sitemap.ts); everything else is a page. */
  kind: 'page' | 'article';
  /** Path of each language version that exists. */
  versions: Versions;
  /** Last content change per language version (ISO 8601 with offset); absent for pages without dated content. */
  lastModified: Partial<Record<Locale, string>>;
}

/**
 * A hashtag page is worth indexing only when it gathers more than one article: with a single
 * article it repeats that article's teaser (thin content), so it is `noindex, follow` and left
 * out of the sitemap and of other pages' hreflang.
 */
export const MIN_INDEXABLE_TAG_ARTICLES = 2;

/** When an article last changed: `updated`, else its publication date. */
export function modifiedAt(article: Pick<ArticleMeta, 'date' | 'updated'>): string {
  return article.updated ?? article.date;
}

// Parsed modification times: a listing page asks for them again and again (home, archive, category,
// hashtag and author pages all contain the same articles), and parsing dominated at 20,000 articles.
const modifiedMs = new WeakMap<object, number>();

function modifiedTime(article: Pick<ArticleMeta, 'date' | 'updated'>): number {
  let ms = modifiedMs.get(article);
  if (ms === undefined) {
    ms = Date.parse(modifiedAt(article));
    modifiedMs.set(article, ms);
  }
  return ms;
}

/** The newest modification time of a list of articles, or undefined for an empty list. */
export function newestModified(articles: readonly Pick<ArticleMeta, 'date' | 'updated'>[]): string | undefined {
  let best: string | undefined;
  let bestMs = -Infinity;
  for (const a of articles) {
    const ms = modifiedTime(a);
    if (ms > bestMs) {
      bestMs = ms;
      best = modifiedAt(a);
    }
  }
  return best;
}

/** The articles of one language grouped the way listing pages filter them, in list order (newest first). */
interface LanguageLists {
  all: readonly ArticleMeta[];
  byCategory: Map<string, ArticleMeta[]>;
  byTag: Map<string, ArticleMeta[]>;
  byAuthor: Map<string, ArticleMeta[]>;
}

function push<K>(map: Map<K, ArticleMeta[]>, key: K, article: ArticleMeta): void {
  const list = map.get(key);
  if (list) list.push(article);
  else map.set(key, [article]);
}

function groupLanguage(lang: Locale): LanguageLists {
  const all = getAllArticles(lang);
  const lists: LanguageLists = { all, byCategory: new Map(), byTag: new Map(), byAuthor: new Map() };
  for (const a of all) {
    push(lists.byCategory, a.category, a);
    for (const t of a.tags) push(lists.byTag, t.slug, a);
    for (const author of a.authors) push(lists.byAuthor, author, a);
  }
  return lists;
}

// One pass over the articles per content index, instead of one filter over every article for each
// listing page: at 20,000 articles the per-page filters made sitemap generation quadratic (it
// exceeded Next's 60-second limit). Keyed by the index object, which is replaced exactly when the
// set of public articles changes, so a scheduled article shows up as soon as it is public.
const grouped = new WeakMap<ContentIndex, Record<Locale, LanguageLists>>();

function lists(lang: Locale): LanguageLists {
  const index = getContentIndex();
  let entry = grouped.get(index);
  if (!entry) {
    entry = Object.fromEntries(locales.map((l) => [l, groupLanguage(l)])) as Record<Locale, LanguageLists>;
    grouped.set(index, entry);
  }
  return entry[lang];
}

type ListFilter = { category: string } | { tag: string } | { author: string } | Record<string, never>;

function listFor(lang: Locale, filter: ListFilter): readonly ArticleMeta[] {
  const l = lists(lang);
  if ('category' in filter) return l.byCategory.get(filter.category) ?? [];
  if ('tag' in filter) return l.byTag.get(filter.tag) ?? [];
  if ('author' in filter) return l.byAuthor.get(filter.author) ?? [];
  return l.all;
}

/** Number of listing pages (0 when the list is empty). */
function pageCount(lang: Locale, filter: ListFilter): number {
  return Math.ceil(listFor(lang, filter).length / siteConfig.articlesPerPage);
}

function pageItems(lang: Locale, filter: ListFilter, page: number): readonly ArticleMeta[] {
  const perPage = siteConfig.articlesPerPage;
  return listFor(lang, filter).slice((page - 1) * perPage, page * perPage);
}

/** True when the hashtag page of `tag` in `lang` should be indexed (see MIN_INDEXABLE_TAG_ARTICLES). */
export function isTagIndexable(lang: Locale, tag: string): boolean {
  return listFor(lang, { tag }).length >= MIN_INDEXABLE_TAG_ARTICLES;
}

function listingPage(versions: Versions, items: (lang: Locale) => readonly ArticleMeta[]): PublicPage {
  const lastModified: Partial<Record<Locale, string>> = {};
  for (const lang of locales) {
    if (versions[lang] === undefined) continue;
    const modified = newestModified(items(lang));
    if (modified) lastModified[lang] = modified;
  }
  return { kind: 'page', versions, lastModified };
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

/**
 * Language versions of tag page `page` that are indexed: a hashtag used (at least twice) in both
 * languages links its two pages. A version with a single article is noindex and not an alternate.
 */
export function tagAlternates(tag: string, page = 1): Versions {
  return Object.fromEntries(locales.filter((l) => isTagIndexable(l, tag) && page <= pageCount(l, { tag })).map((l) => [l, routes.tag(l, tag, page)]));
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

function buildPublicPages(): PublicPage[] {
  const pages: PublicPage[] = [];

  pages.push(listingPage(homeAlternates(), (l) => lists(l).all));

  const archivePages = Math.max(...locales.map((l) => Math.max(1, pageCount(l, {}))));
  for (const n of range(archivePages)) pages.push(listingPage(archiveAlternates(n), (l) => pageItems(l, {}, n)));

  const categorySlugs = new Set(locales.flatMap((l) => getCategories(l).map((c) => c.slug)));
  for (const slug of categorySlugs) {
    const n = Math.max(1, ...locales.map((l) => pageCount(l, { category: slug })));
    for (const p of range(n)) pages.push(listingPage(categoryAlternates(slug, p), (l) => pageItems(l, { category: slug }, p)));
  }

  const tagSlugs = new Set(locales.flatMap((l) => getTags(l).map((t) => t.slug)));
  for (const tag of tagSlugs) {
    const n = Math.max(0, ...locales.map((l) => (isTagIndexable(l, tag) ? pageCount(l, { tag }) : 0)));
    for (const p of range(n)) pages.push(listingPage(tagAlternates(tag, p), (l) => pageItems(l, { tag }, p)));
  }

  for (const author of getAuthors()) {
    pages.push(listingPage(authorAlternates(author.slug), (l) => listFor(l, { author: author.slug })));
  }

  for (const route of [routes.consulting, routes.imprint, routes.privacy]) {
    pages.push({ kind: 'page', versions: staticAlternates(route), lastModified: {} });
  }

  // Articles: one entry per translation group, so a pair is listed once with both versions. Oldest
  // story first: new articles are appended, so the sitemap files that hold older ones stay unchanged.
  const groups: { first: number; page: PublicPage }[] = [];
  const seen = new Set<string>();
  for (const lang of locales) {
    for (const article of lists(lang).all) {
      if (seen.has(article.translationKey)) continue;
      seen.add(article.translationKey);
      const versions: Versions = {};
      const lastModified: Partial<Record<Locale, string>> = {};
      let first = Infinity;
      for (const l of locales) {
        const version = l === lang ? article : getTranslation(article, l);
        if (!version) continue;
        versions[l] = routes.article(l, version.slug);
        lastModified[l] = modifiedAt(version);
        first = Math.min(first, Date.parse(version.date));
      }
      groups.push({ first, page: { kind: 'article', versions, lastModified } });
    }
  }
  // Stable sort: equal dates keep the index's order.
  groups.sort((a, b) => a.first - b.first);
  for (const g of groups) pages.push(g.page);
  return pages;
}

const publicPages = new WeakMap<ContentIndex, PublicPage[]>();

/**
 * Every public, indexable page (search, 404 and single-article hashtag pages are noindex and left
 * out; drafts and scheduled articles never reach the index). Computed once per content index.
 */
export function getPublicPages(): readonly PublicPage[] {
  const index = getContentIndex();
  let pages = publicPages.get(index);
  if (!pages) {
    pages = buildPublicPages();
    publicPages.set(index, pages);
  }
  return pages;
}
