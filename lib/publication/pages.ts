import { getCategories, getContentIndex, getContentStore, getTags, getUnpublishedArticle, nextPublicationAt, pagesChangedSinceBuild, type ContentIndex } from '@/lib/content';
import { isLocale, locales, type Locale } from '@/lib/i18n/settings';
import { consultingSentPath } from '@/lib/leads/paths';
import { PREVIEW_COOKIE, cookieValue, previewSecret, verifyPreview } from '@/lib/preview/token';
import { processSingleton } from '@/lib/process-cache';
import { routes } from '@/lib/routes';
import { canonicalRedirect } from '@/lib/routing/redirects';
import { getPublicPages } from '@/lib/seo/pages';
import { siteConfig } from '@/lib/site';

/*
 * Which pages exist right now, for the production server (scripts/serve.mjs), which answers an
 * unknown page with the prerendered 404 page of its language before Next renders anything (Next
 * would render an empty shell that needs JavaScript, and could keep a 404 in its page cache past
 * the moment an article goes live). Built from the same model as the sitemap (lib/seo/pages.ts)
 * and the same path builders (lib/routes.ts), memoised per public view: a new view (an article's
 * time has come) means a new set, so a scheduled article becomes a real page at its time.
 */

/** What the server does with a GET/HEAD for a path. */
export type Resolution =
  | { kind: 'page' }
  | { kind: 'redirect'; location: string }
  | { kind: 'notFound'; lang: Locale }
  /** Not a page of a language (assets, "/", API): Next decides. */
  | { kind: 'pass' };

/** Share images are served under the article's path (opengraph-image.tsx, with Next's suffix). */
const SHARE_IMAGE = /\/opengraph-image(?:-[\w-]+)?$/;

interface KnownPaths {
  pages: Set<string>;
  articles: Set<string>;
}

const known = new WeakMap<ContentIndex, KnownPaths>();

/** Every path that answers 200 under the language prefixes, for the current public view. */
export function knownPaths(): KnownPaths {
  const index = getContentIndex();
  const cached = known.get(index);
  if (cached) return cached;
  const pages = new Set<string>();
  const articles = new Set<string>();
  for (const page of getPublicPages()) for (const path of Object.values(page.versions)) if (path) pages.add(path);
  for (const lang of locales) {
    for (const article of index.metas[lang]) articles.add(routes.article(lang, article.slug));
    // Pages outside the sitemap (noindex or not HTML) that exist in every language.
    for (const path of [routes.home(lang), routes.search(lang), routes.consulting(lang), routes.imprint(lang), routes.privacy(lang), routes.rss(lang), routes.atom(lang)]) pages.add(path);
    pages.add(consultingSentPath(lang));
    pages.add(`${routes.consulting(lang)}/retry`);
    for (const c of getCategories(lang)) {
      pages.add(routes.categoryRss(lang, c.slug));
      pages.add(routes.categoryAtom(lang, c.slug));
    }
    // Every hashtag page, also those the sitemap leaves out (one article: noindex, follow).
    for (const tag of getTags(lang)) {
      const pageCount = Math.ceil(tag.count / siteConfig.articlesPerPage);
      for (let page = 1; page <= pageCount; page++) pages.add(routes.tag(lang, tag.slug, page));
    }
  }
  for (const path of articles) pages.add(path);
  const value = { pages, articles };
  known.set(index, value);
  return value;
}

function decode(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/** The article a request's preview cookie validly grants, if any. */
function previewGrant(cookieHeader: string | undefined) {
  const token = cookieValue(cookieHeader, PREVIEW_COOKIE);
  if (!token) return undefined;
  const check = verifyPreview(token, previewSecret(), Date.now());
  return check.ok ? check.grant : undefined;
}

/** True when the request carries a valid preview grant for exactly this article path. */
function previewAllows(path: string, cookieHeader: string | undefined): boolean {
  const grant = previewGrant(cookieHeader);
  return grant !== undefined && routes.article(grant.lang, grant.slug) === path;
}

const hidden = new WeakMap<ContentIndex, Set<string>>();

/**
 * Cover images (files in public/) of articles that are not public yet and that no public article
 * uses: a guessed image URL must not show a story before its time.
 */
export function hiddenFiles(): Set<string> {
  const index = getContentIndex();
  const cached = hidden.get(index);
  if (cached) return cached;
  const shown = new Set<string>();
  for (const lang of locales) for (const a of index.metas[lang]) if (a.cover) shown.add(a.cover.src);
  const files = new Set<string>();
  for (const a of getContentStore().articles) {
    if (a.cover && !shown.has(a.cover.src) && !index.bySlug.has(`${a.lang}/${a.slug}`)) files.add(a.cover.src);
  }
  hidden.set(index, files);
  return files;
}

/** True for a public/ file that belongs only to an article that is not public (unless previewed). */
export function isHiddenFile(pathname: string, cookieHeader?: string): boolean {
  const path = decode(pathname);
  if (path === undefined || !hiddenFiles().has(path)) return false;
  const grant = previewGrant(cookieHeader);
  return !(grant && getUnpublishedArticle(grant.lang, grant.slug)?.cover?.src === path);
}

/**
 * For a request path (raw, without the query): a page that exists now, a permanent redirect to
 * the canonical address (lib/routing/redirects.ts), or the 404 page of its language. Paths without
 * a language prefix are left to Next (the proxy redirects them into a language).
 */
export function resolvePage(pathname: string, cookieHeader?: string): Resolution {
  const path = decode(pathname);
  if (path === undefined) return { kind: 'pass' };
  const first = path.split('/')[1] ?? '';
  if (!isLocale(first)) {
    const target = canonicalRedirect(pathname);
    return target && target !== pathname ? { kind: 'redirect', location: target } : { kind: 'pass' };
  }
  const lang = first;
  if (path === `/${lang}/404`) return { kind: 'notFound', lang };
  const { pages, articles } = knownPaths();
  if (pages.has(path)) return { kind: 'page' };
  const shareImage = SHARE_IMAGE.exec(path);
  if (shareImage && articles.has(path.slice(0, shareImage.index))) return { kind: 'page' };
  if (articles.has(path) || previewAllows(path, cookieHeader)) return { kind: 'page' };
  // "/de/archive/" → Next's own 308 to the path without the slash, which is then resolved here.
  if (path.length > lang.length + 2 && path.endsWith('/')) return { kind: 'pass' };
  const target = canonicalRedirect(pathname);
  if (target && target !== pathname) return { kind: 'redirect', location: target };
  return { kind: 'notFound', lang };
}

/** What the production server reads from globalThis (see scripts/serve.mjs). */
export interface PublicationHooks {
  resolve(pathname: string, cookieHeader?: string): Resolution;
  isHiddenFile(pathname: string, cookieHeader?: string): boolean;
  nextPublicationAt(): number | undefined;
  /** Whether the build's prerendered pages must be expired when the server starts. */
  pagesChangedSinceBuild(): boolean;
}

export const PUBLICATION_HOOKS = 'technow.publication';

/** Called once per server process (instrumentation.ts): makes the model available to serve.mjs. */
export function registerPublicationHooks(): PublicationHooks {
  const hooks = processSingleton<PublicationHooks>('publication', () => ({ resolve: resolvePage, isHiddenFile, nextPublicationAt, pagesChangedSinceBuild }));
  return hooks;
}
