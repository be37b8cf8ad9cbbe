import fs from 'node:fs';
import path from 'node:path';
import { getContentIndex, getContentStore, showsUnpublished, type LoadedStore } from '@/lib/content';
import { locales, type Locale } from '@/lib/i18n/settings';
import { processSingleton } from '@/lib/process-cache';
import { buildFor, searchIndexFile } from '@/lib/search/compile';
import { loadSearchIndex, searchIndex, type SearchIndex } from '@/lib/search/engine';
import type { SearchResultPage } from '@/lib/search/types';

export { cleanQuery, parsePage, MAX_QUERY_LENGTH, RESULTS_PER_PAGE, OVERLAY_RESULTS } from '@/lib/search/query';

// One index per language and store: prepared by the content check (lib/search/compile.ts) and
// loaded at start-up (instrumentation.ts), or, without the check's files (`next dev`, tests), built
// from the store. It holds every article that is or will be public (scheduled ones too), and each
// query is filtered by what is public at that moment (lib/content), so an article goes live in
// search at its time without re-indexing, and nothing else is ever found. `next dev` rebuilds
// after an edit because the store object changes. Shared by every route bundle of the process
// (see lib/process-cache.ts).
const indexes = processSingleton('search-indexes', () => new WeakMap<LoadedStore, Partial<Record<Locale, SearchIndex>>>());

/** The memoised search index of a language: non-draft articles (in `next dev` drafts too). */
export function getSearchIndex(lang: Locale): SearchIndex {
  const store = getContentStore();
  const perLang = indexes.get(store) ?? {};
  const existing = perLang[lang];
  if (existing) return existing;
  const body = (id: string) => store.text(`${lang}/${id}`) ?? '';
  const built = store.compiled
    ? loadSearchIndex(fs.readFileSync(path.join(/*turbopackIgnore: true*/ store.compiled.dir, searchIndexFile(lang)), 'utf8'), body)
    : buildFor(store, lang, showsUnpublished());
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
