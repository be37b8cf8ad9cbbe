import fs from 'node:fs/promises';
import path from 'node:path';
import { getContentIndex, getContentStore, showsUnpublished, type ContentIndex, type LoadedStore } from '@/lib/content';
import { locales, type Locale } from '@/lib/i18n/settings';
import { processSingleton } from '@/lib/process-cache';
import { buildFor, documentLookup, searchIndexFile } from '@/lib/search/compile';
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
    ? fs.readFile(path.join(/*turbopackIgnore: true*/ compiled.dir, searchIndexFile(lang)), 'utf8').then((json) => loadSearchIndex(json, { docs: documentLookup(store, lang, false), body }))
    : Promise.resolve().then(() => buildFor(store, lang, showsUnpublished()));
  // A failed load is not kept: the next search tries again.
  loading.catch(() => {
    if (perLang[lang] === loading) delete perLang[lang];
  });
  perLang[lang] = loading;
  indexes.set(store, perLang);
  return loading;
}

const visibleByView = new WeakMap<ContentIndex, Partial<Record<Locale, Set<string>>>>();

/** Slugs of the articles of a language that are public now (memoised per public view). */
function visibleSlugs(lang: Locale): Set<string> {
  const view = getContentIndex();
  const perLang = visibleByView.get(view) ?? {};
  let slugs = perLang[lang];
  if (!slugs) {
    slugs = new Set(view.byLang[lang].map((a) => a.slug));
    perLang[lang] = slugs;
    visibleByView.set(view, perLang);
  }
  return slugs;
}

/** Searches the articles of a language that are public now; `query` should come from cleanQuery(). */
export async function searchArticles(lang: Locale, query: string, options: { page?: number; perPage?: number } = {}): Promise<SearchResultPage> {
  const index = await getSearchIndex(lang);
  const visible = visibleSlugs(lang);
  // The index holds the public articles and those scheduled for later: with none of the latter,
  // no result needs the check (it ran on every match of every pass, thousands for a common word).
  return searchIndex(index, query, { ...options, visible: visible.size === index.docs.size ? undefined : (id) => visible.has(id) });
}

/**
 * Loads every language's index (instrumentation.ts, at start-up; not awaited there), one after the
 * other and each in two steps, so the first pages are answered in between; a search that comes
 * first waits for its language, which is loaded first if it is not already under way.
 */
export async function warmSearchIndexes(): Promise<void> {
  for (const lang of locales) {
    await new Promise((resolve) => setImmediate(resolve));
    await getSearchIndex(lang);
  }
}
