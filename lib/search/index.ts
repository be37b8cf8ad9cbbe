import fs from 'node:fs/promises';
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
const indexes = processSingleton('search-indexes', () => new WeakMap<LoadedStore, Partial<Record<Locale, Promise<SearchIndex>>>>());

/** The memoised search index of a language: non-draft articles (in `next dev` drafts too). */
export function getSearchIndex(lang: Locale): Promise<SearchIndex> {
  const store = getContentStore();
  const perLang = indexes.get(store) ?? {};
  const existing = perLang[lang];
  if (existing) return existing;
  const body = (id: string) => store.text(`${lang}/${id}`) ?? '';
  const compiled = store.compiled;
  const loading = compiled
    ? fs.readFile(path.join(/*turbopackIgnore: true*/ compiled.dir, searchIndexFile(lang)), 'utf8').then((json) => loadSearchIndex(json, body))
    : Promise.resolve().then(() => buildFor(store, lang, showsUnpublished()));
  // A failed load is not kept: the next search tries again.
  loading.catch(() => {
    if (perLang[lang] === loading) delete perLang[lang];
  });
  perLang[lang] = loading;
  indexes.set(store, perLang);
  return loading;
}

/** Searches the articles of a language that are public now; `query` should come from cleanQuery(). */
export async function searchArticles(lang: Locale, query: string, options: { page?: number; perPage?: number } = {}): Promise<SearchResultPage> {
  const index = await getSearchIndex(lang);
  const visible = getContentIndex().bySlug;
  return searchIndex(index, query, { ...options, visible: (id) => visible.has(`${lang}/${id}`) });
}

/**
 * Starts loading every language's index (instrumentation.ts, at start-up) without waiting for it:
 * the first pages are answered meanwhile, and a search that comes first waits for its language.
 */
export function warmSearchIndexes(): Promise<unknown> {
  return Promise.all(locales.map((lang) => getSearchIndex(lang)));
}
