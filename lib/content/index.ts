import path from 'node:path';
import { compilationKey, readCompiled, type CompiledContent } from '@/lib/content/compiled';
import { ContentValidationError, contentSignature, loadContent } from '@/lib/content/load';
import { readArticleBody } from '@/lib/content/markdown';
import { pickRelated } from '@/lib/content/related';
import { processSingleton } from '@/lib/process-cache';
import type { Article, ArticleMeta, Author, Category, PublicationStatus, Tag } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/settings';
import { siteConfig } from '@/lib/site';

export type { Article, ArticleMeta, Author, Category, Tag } from '@/lib/content/types';

/** Where content is read from: CONTENT_DIR (tests and benchmarks point it elsewhere), else ./content. */
export function contentDir(): string {
  // turbopackIgnore: a path from the environment would make Next trace the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? 'content');
}

function publicDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PUBLIC_DIR ?? 'public');
}

/**
 * Drafts and scheduled articles are shown, with their marker, only while editing (`next dev`).
 * Every production mode shows readers exactly the public articles; a colleague with a signed
 * preview link sees one more article (lib/preview), never a different site.
 */
export function showsUnpublished(): boolean {
  return process.env.NODE_ENV === 'development';
}

export interface CategoryWithCount extends Category {
  count: number;
}

export interface TagWithCount extends Tag {
  count: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/**
 * What readers can see at one moment. A new object exactly when that set changes (an article's
 * time has come, or, in `next dev`, a file changed): derived data (category counts, search, the
 * server's page list) is memoised in WeakMaps keyed by it.
 */
export interface ContentIndex {
  /** Visible articles per language, newest first. */
  byLang: Record<Locale, ArticleMeta[]>;
  bySlug: Map<string, ArticleMeta>;
  byTranslationKey: Map<string, Map<Locale, ArticleMeta>>;
  authors: Map<string, Author>;
  categories: Map<string, Category>;
  /** The same lists as byLang (metadata is all an index holds; bodies are read by getArticle). */
  metas: Record<Locale, ArticleMeta[]>;
}

/**
 * Everything read from the content folder, parsed once per process: every article including
 * drafts (for signed previews) and scheduled ones (they go live by the clock, without a re-read).
 */
export interface LoadedStore {
  /** Metadata only: a body is rendered from its file when a page asks for it (getArticle). */
  articles: ArticleMeta[];
  authors: Map<string, Author>;
  categories: Map<string, Category>;
  /** Publication instants (ms) of the non-draft articles, ascending. */
  schedule: number[];
  bySlug: Map<string, ArticleMeta>;
  /** The folder holding the content folder: the base of ArticleMeta.file. */
  root: string;
  /** Plain text of an article's body by "lang/slug" (search snippets). */
  text(key: string): string | undefined;
  /** The check's compiled form this store was loaded from (lib/search loads its prepared index from it). */
  compiled?: CompiledContent;
}

/** The one rule: an article is public when it is not a draft and its date has passed. */
export function isPublicAt(article: Pick<ArticleMeta, 'status' | 'date'>, now: number): boolean {
  return article.status !== 'draft' && Date.parse(article.date) <= now;
}

/**
 * Reads and validates the content folder into a store; throws on any content problem, except while
 * editing (`next dev`): there the valid files make up the site and every page lists the problems
 * (app/[lang]/layout.tsx), instead of each route failing with a stack trace.
 */
export function loadStore(options: { contentDir: string; publicDir: string }): LoadedStore {
  const root = path.dirname(path.resolve(/*turbopackIgnore: true*/ options.contentDir));
  // The check's compiled form, when it matches the folder: no Markdown is read. While editing the
  // folder is always read, so a change shows up on the next request.
  const compiled = process.env.NODE_ENV === 'development' ? undefined : readCompiled(options.contentDir);
  if (compiled) {
    const { manifest } = compiled;
    return storeOf({
      articles: manifest.articles,
      authors: new Map(manifest.authors.map((a) => [a.slug, a])),
      categories: new Map(manifest.categories.map((c) => [c.slug, c])),
      root,
      text: (key) => compiled.text(key),
      compiled,
    });
  }
  const loaded = loadContent(options);
  if (loaded.issues.length > 0 && process.env.NODE_ENV !== 'development') throw new ContentValidationError(loaded.issues);
  return storeOf({ articles: loaded.articles, authors: loaded.authors, categories: loaded.categories, root, text: (key) => loaded.texts.get(key) });
}

function storeOf(parts: Omit<LoadedStore, 'schedule' | 'bySlug'>): LoadedStore {
  const schedule = parts.articles
    .filter((a) => a.status !== 'draft')
    .map((a) => Date.parse(a.date))
    .sort((a, b) => a - b);
  const bySlug = new Map(parts.articles.map((a) => [`${a.lang}/${a.slug}`, a]));
  return { ...parts, schedule, bySlug };
}

/** How many non-draft articles are public at `now`: the public set grows only at these instants. */
function publishedCount(schedule: readonly number[], now: number): number {
  let lo = 0;
  let hi = schedule.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((schedule[mid] ?? Infinity) <= now) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The nearest future publication instant of a store after `now`, or undefined. */
export function nextPublicationIn(store: Pick<LoadedStore, 'schedule'>, now: number): number | undefined {
  return store.schedule[publishedCount(store.schedule, now)];
}

// An article loaded as "scheduled" is shown as "published" once its time has come; one copy each.
const withStatus = new WeakMap<ArticleMeta, Map<PublicationStatus, ArticleMeta>>();
function statusAt(article: ArticleMeta, now: number): ArticleMeta {
  const status: PublicationStatus = article.status === 'draft' ? 'draft' : Date.parse(article.date) <= now ? 'published' : 'scheduled';
  if (status === article.status) return article;
  let copies = withStatus.get(article);
  if (!copies) {
    copies = new Map();
    withStatus.set(article, copies);
  }
  let copy = copies.get(status);
  if (!copy) {
    copy = { ...article, status };
    copies.set(status, copy);
  }
  return copy;
}

/**
 * The view of a store at `now`: the public articles, or (`includeUnpublished`, for `next dev`)
 * every article with its status at that moment. Pure; no clock, no file system.
 */
export function viewAt(store: LoadedStore, now: number, includeUnpublished = false): ContentIndex {
  const visible = includeUnpublished ? store.articles.map((a) => statusAt(a, now)) : store.articles.filter((a) => isPublicAt(a, now)).map((a) => statusAt(a, now));
  const byLang: Record<Locale, ArticleMeta[]> = { de: [], en: [] };
  const bySlug = new Map<string, ArticleMeta>();
  const byTranslationKey = new Map<string, Map<Locale, ArticleMeta>>();
  for (const a of visible) {
    byLang[a.lang].push(a);
    bySlug.set(`${a.lang}/${a.slug}`, a);
    const group = byTranslationKey.get(a.translationKey) ?? new Map<Locale, ArticleMeta>();
    group.set(a.lang, a);
    byTranslationKey.set(a.translationKey, group);
  }
  return {
    byLang,
    bySlug,
    byTranslationKey,
    authors: store.authors,
    categories: store.categories,
    metas: byLang,
  };
}

/** Builds the view of a content folder at `now` in one step (tests, scripts); throws on any content problem. */
export function buildIndex(options: { contentDir: string; publicDir: string; now?: Date; includeUnpublished?: boolean }): ContentIndex {
  const store = loadStore(options);
  return viewAt(store, (options.now ?? new Date()).getTime(), options.includeUnpublished ?? false);
}

interface Memo {
  store?: { key: string; signature: string; value: LoadedStore };
  view?: { store: LoadedStore; includeUnpublished: boolean; published: number; value: ContentIndex };
}

const memo = processSingleton('content-index', (): Memo => ({}));

/**
 * The parsed content, read once per process. While editing (`next dev`) a changed file is picked
 * up on the next request without a restart; in production the folder is never read again.
 */
export function getContentStore(): LoadedStore {
  const dir = contentDir();
  const watching = process.env.NODE_ENV === 'development';
  const cached = memo.store;
  if (cached && cached.key === dir && (!watching || cached.signature === contentSignature(dir))) return cached.value;
  const value = loadStore({ contentDir: dir, publicDir: publicDir() });
  memo.store = { key: dir, signature: watching ? contentSignature(dir) : '', value };
  return value;
}

/**
 * What is public now, asked anew on every call (a binary search over the publication times): the
 * same object until the next article's time has come, then a new one. Every surface (pages,
 * lists, search, feeds, sitemaps, share images, JSON, the production server's 404 decisions) reads
 * through this, so they cannot disagree.
 */
export function getContentIndex(): ContentIndex {
  const store = getContentStore();
  const now = Date.now();
  const includeUnpublished = showsUnpublished();
  const published = publishedCount(store.schedule, now);
  const cached = memo.view;
  if (cached && cached.store === store && cached.includeUnpublished === includeUnpublished && cached.published === published) return cached.value;
  const value = viewAt(store, now, includeUnpublished);
  memo.view = { store, includeUnpublished, published, value };
  return value;
}

/**
 * Whether the pages prerendered by the build may show something else than what is public now, so
 * a starting server must expire them: true unless the content is the very compilation the build
 * prerendered from (BUILD_CONTENT_COMPILATION, next.config.ts) and no article has gone live since
 * that compilation. Otherwise every prerendered page was rendered again on its first request after
 * each start (the article at 20,000 articles: 420 ms instead of 14).
 */
export function pagesChangedSinceBuild(now = Date.now()): boolean {
  const store = getContentStore();
  const built = process.env.BUILD_CONTENT_COMPILATION;
  const manifest = store.compiled?.manifest;
  if (!built || !manifest || compilationKey(manifest) !== built) return true;
  const compiledAt = Date.parse(manifest.compiledAt);
  return !Number.isFinite(compiledAt) || publishedCount(store.schedule, now) !== publishedCount(store.schedule, compiledAt);
}

/** The nearest future time (ms since the epoch) at which a scheduled article becomes public. */
export function nextPublicationAt(): number | undefined {
  return nextPublicationIn(getContentStore(), Date.now());
}

/**
 * Any loaded article, public or not: only for a signed preview (lib/preview), which checks the
 * reader's right to it first. Never use it to list or link articles.
 */
export function getUnpublishedArticle(lang: Locale, slug: string): Article | undefined {
  const store = getContentStore();
  const article = store.bySlug.get(`${lang}/${slug}`);
  return article ? withBody(store, statusAt(article, Date.now())) : undefined;
}

// Rendered bodies of the articles read lately. Pages are cached after their first render, so this
// mostly serves feeds (the newest 50 of each) and the first render of a page; bounded, because the
// archive's bodies together are far larger than what a server process should hold.
const RENDERED_LIMIT = 200;
const rendered = processSingleton('rendered-bodies', () => new Map<string, { meta: ArticleMeta; article: Article }>());

function withBody(store: LoadedStore, meta: ArticleMeta): Article {
  const key = `${meta.lang}/${meta.slug}`;
  const hit = rendered.get(key);
  if (hit && hit.meta === meta) {
    // Most recently used last: Map keeps insertion order.
    rendered.delete(key);
    rendered.set(key, hit);
    return hit.article;
  }
  const body = readArticleBody(store.root, meta.file);
  const article: Article = { ...meta, html: body.html, headings: body.headings };
  rendered.delete(key);
  rendered.set(key, { meta, article });
  if (rendered.size > RENDERED_LIMIT) rendered.delete(rendered.keys().next().value as string);
  return article;
}

/** Forgets the memoised content (tests switch CONTENT_DIR between fixtures). */
export function resetContentIndex(): void {
  memo.store = undefined;
  memo.view = undefined;
  rendered.clear();
}

/** One visible article with its rendered body, or undefined. */
export function getArticle(lang: Locale, slug: string): Article | undefined {
  const meta = getContentIndex().bySlug.get(`${lang}/${slug}`);
  return meta ? withBody(getContentStore(), meta) : undefined;
}

/** One visible article's metadata (no body is read), or undefined. */
export function getArticleMeta(lang: Locale, slug: string): ArticleMeta | undefined {
  return getContentIndex().bySlug.get(`${lang}/${slug}`);
}

/** All visible articles of a language as metadata, newest first. */
export function getAllArticles(lang: Locale): ArticleMeta[] {
  return getContentIndex().metas[lang];
}

/** Slugs for generateStaticParams. */
export function getArticleSlugs(lang: Locale): string[] {
  return getAllArticles(lang).map((a) => a.slug);
}

/** Paginates a list; page numbers start at 1. Out-of-range pages return an empty item list. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const start = (page - 1) * perPage;
  return { items: items.slice(start, start + perPage), page, pageCount, total: items.length };
}

export interface ListOptions {
  lang: Locale;
  category?: string;
  tag?: string;
  author?: string;
  page?: number;
  perPage?: number;
}

/** Lists articles filtered by category, tag or author, one page at a time. */
export function listArticles({ lang, category, tag, author, page = 1, perPage = siteConfig.articlesPerPage }: ListOptions): Page<ArticleMeta> {
  let items = getAllArticles(lang);
  if (category) items = items.filter((a) => a.category === category);
  if (tag) items = items.filter((a) => a.tags.some((t) => t.slug === tag));
  if (author) items = items.filter((a) => a.authors.includes(author));
  return paginate(items, page, perPage);
}

/** The same story in another language, when it exists and is visible. */
export function getTranslation(article: Pick<ArticleMeta, 'translationKey'>, lang: Locale): ArticleMeta | undefined {
  return getContentIndex().byTranslationKey.get(article.translationKey)?.get(lang);
}

/** Up to `limit` related articles (see lib/content/related.ts for the scoring). */
export function getRelatedArticles(article: ArticleMeta, limit = 3): ArticleMeta[] {
  return pickRelated(article, getAllArticles(article.lang), limit);
}

/** Previous (older) and next (newer) article of the same language. */
export function getAdjacentArticles(article: ArticleMeta): { previous?: ArticleMeta; next?: ArticleMeta } {
  const list = getAllArticles(article.lang);
  const i = list.findIndex((a) => a.slug === article.slug);
  if (i === -1) return {};
  return { next: list[i - 1], previous: list[i + 1] };
}

// Lists every page asks for (header, footer, sidebar) are derived once per index, not per page:
// at thousands of articles a per-page scan makes the build quadratic.
const derived = new WeakMap<ContentIndex, Map<string, unknown>>();

function memoised<T>(name: string, compute: (index: ContentIndex) => T): T {
  const index = getContentIndex();
  let cache = derived.get(index);
  if (!cache) {
    cache = new Map();
    derived.set(index, cache);
  }
  if (!cache.has(name)) cache.set(name, compute(index));
  return cache.get(name) as T;
}

/** Categories in editorial order, with the number of visible articles per language. */
export function getCategories(lang: Locale): CategoryWithCount[] {
  return memoised(`categories:${lang}`, (index) => buildCategories(index, lang));
}

function buildCategories(index: ContentIndex, lang: Locale): CategoryWithCount[] {
  const counts = new Map<string, number>();
  for (const a of index.metas[lang]) counts.set(a.category, (counts.get(a.category) ?? 0) + 1);
  return [...index.categories.values()]
    .map((c) => ({ ...c, count: counts.get(c.slug) ?? 0 }))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** Categories with articles, most articles first ("hot categories"). */
export function getHotCategories(lang: Locale, limit = 6): CategoryWithCount[] {
  return getCategories(lang)
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, limit);
}

export function getCategory(slug: string): Category | undefined {
  return getContentIndex().categories.get(slug);
}

export function getAuthor(slug: string): Author | undefined {
  return getContentIndex().authors.get(slug);
}

export function getAuthors(): Author[] {
  return [...getContentIndex().authors.values()];
}

/** Every hashtag used in a language, with counts, most used first. */
export function getTags(lang: Locale): TagWithCount[] {
  return memoised(`tags:${lang}`, (index) => buildTags(index, lang));
}

function buildTags(index: ContentIndex, lang: Locale): TagWithCount[] {
  const tags = new Map<string, TagWithCount>();
  for (const a of index.metas[lang]) {
    for (const t of a.tags) {
      const entry = tags.get(t.slug);
      if (entry) entry.count += 1;
      else tags.set(t.slug, { ...t, count: 1 });
    }
  }
  return [...tags.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Editor picks (`featured: true`), newest first: the fallback for "popular" without read data. */
export function getFeaturedArticles(lang: Locale, limit = 5): ArticleMeta[] {
  const all = getAllArticles(lang);
  // Featured ones first, then the newest: no copy of the whole list (every article page asks).
  const picks: ArticleMeta[] = [];
  for (const a of all) if (a.featured && picks.length < limit) picks.push(a);
  for (const a of all) {
    if (picks.length >= limit) break;
    if (!a.featured) picks.push(a);
  }
  return picks;
}

/** The published articles of a language by slug (memoised per public view, like the lists above). */
export function getPublishedBySlug(lang: Locale): ReadonlyMap<string, ArticleMeta> {
  return memoised(`published:${lang}`, (index) => new Map(index.metas[lang].filter((a) => a.status === 'published').map((a) => [a.slug, a])));
}
