import { getAllArticles, getArticle, getAuthor, getCategory, getContentIndex, type ContentIndex } from '@/lib/content';
import { locales, type Locale } from '@/lib/i18n/settings';
import { processSingleton } from '@/lib/process-cache';
import { articleToSearchDocument } from '@/lib/search/documents';
import { buildSearchIndex, searchIndex, type SearchIndex } from '@/lib/search/engine';
import type { SearchResultPage } from '@/lib/search/types';

export { cleanQuery, parsePage, MAX_QUERY_LENGTH, RESULTS_PER_PAGE, OVERLAY_RESULTS } from '@/lib/search/query';

// One index per language and content snapshot: built on first use, then reused by every request.
// Keyed by the content index object, so `next dev` rebuilds after an edit and production never does.
// Shared by every route bundle of the process (see lib/process-cache.ts).
const indexes = processSingleton('search-indexes', () => new WeakMap<ContentIndex, Partial<Record<Locale, SearchIndex>>>());

/** The memoised search index of a language, built from published articles only. */
export function getSearchIndex(lang: Locale): SearchIndex {
  const content = getContentIndex();
  const perLang = indexes.get(content) ?? {};
  const existing = perLang[lang];
  if (existing) return existing;
  const documents = getAllArticles(lang).flatMap((meta) => {
    const article = getArticle(lang, meta.slug);
    if (!article) return [];
    const category = getCategory(article.category)?.name[lang] ?? article.category;
    const authors = article.authors.map((slug) => getAuthor(slug)?.name ?? slug);
    return [articleToSearchDocument(article, { category, authors })];
  });
  const built = buildSearchIndex(documents);
  perLang[lang] = built;
  indexes.set(content, perLang);
  return built;
}

/** Searches the published articles of a language; `query` should come from cleanQuery(). */
export function searchArticles(lang: Locale, query: string, options: { page?: number; perPage?: number } = {}): SearchResultPage {
  return searchIndex(getSearchIndex(lang), query, options);
}

/** Builds every language's index now (call from instrumentation.ts so the first search is fast). */
export function warmSearchIndexes(): void {
  for (const lang of locales) getSearchIndex(lang);
}
