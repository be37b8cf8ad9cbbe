import { getContentIndex, getContentStore, showsUnpublished, type LoadedStore } from '@/lib/content';
import { locales, type Locale } from '@/lib/i18n/settings';
import { processSingleton } from '@/lib/process-cache';
import { articleToSearchDocument } from '@/lib/search/documents';
import { buildSearchIndex, searchIndex, type SearchIndex } from '@/lib/search/engine';
import type { SearchResultPage } from '@/lib/search/types';

export { cleanQuery, parsePage, MAX_QUERY_LENGTH, RESULTS_PER_PAGE, OVERLAY_RESULTS } from '@/lib/search/query';

// One index per language and parsed content: built once (at start-up, instrumentation.ts), then
// reused by every request. It holds every article that is or will be public (scheduled ones too),
// and each query is filtered by what is public at that moment (lib/content), so an article goes
// live in search at its time without re-indexing, and nothing else is ever found. `next dev`
// rebuilds after an edit because the store object changes. Shared by every route bundle of the
// process (see lib/process-cache.ts).
const indexes = processSingleton('search-indexes', () => new WeakMap<LoadedStore, Partial<Record<Locale, SearchIndex>>>());

/** The memoised search index of a language: non-draft articles (in `next dev` drafts too). */
export function getSearchIndex(lang: Locale): SearchIndex {
  const store = getContentStore();
  const perLang = indexes.get(store) ?? {};
  const existing = perLang[lang];
  if (existing) return existing;
  const withDrafts = showsUnpublished();
  const documents = store.articles
    .filter((a) => a.lang === lang && (withDrafts || a.status !== 'draft'))
    .map((article) => {
      const category = store.categories.get(article.category)?.name[lang] ?? article.category;
      const authors = article.authors.map((slug) => store.authors.get(slug)?.name ?? slug);
      return articleToSearchDocument(article, { category, authors });
    });
  const built = buildSearchIndex(documents);
  perLang[lang] = built;
  indexes.set(store, perLang);
  return built;
}

/** Searches the articles of a language that are public now; `query` should come from cleanQuery(). */
export function searchArticles(lang: Locale, query: string, options: { page?: number; perPage?: number } = {}): SearchResultPage {
  const visible = getContentIndex().bySlug;
  return searchIndex(getSearchIndex(lang), query, { ...options, visible: (id) => visible.has(`${lang}/${id}`) });
}

/** Builds every language's index now (call from instrumentation.ts so the first search is fast). */
export function warmSearchIndexes(): void {
  for (const lang of locales) getSearchIndex(lang);
}
