/**
 * Building a language's search index from the content's metadata and body texts: used by the
 * content check to prepare the index files (scripts/content-workers.ts) and, without them, by the
 * server itself (lib/search/index.ts). Imports nothing of the page layer, so a check worker loads
 * little.
 */
import type { ArticleMeta, Author, Category } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/settings';
import { articleToSearchDocument } from '@/lib/search/documents';
import { buildSearchIndex, serialiseSearchIndex, type SearchIndex } from '@/lib/search/engine';

export interface IndexSource {
  articles: readonly ArticleMeta[];
  authors: ReadonlyMap<string, Author>;
  categories: ReadonlyMap<string, Category>;
  text(key: string): string | undefined;
}

/** The index of one language from metadata and body texts. */
export function buildFor(source: IndexSource, lang: Locale, withDrafts: boolean): SearchIndex {
  const documents = source.articles
    .filter((a) => a.lang === lang && (withDrafts || a.status !== 'draft'))
    .map((article) => {
      const category = source.categories.get(article.category)?.name[lang] ?? article.category;
      const authors = article.authors.map((slug) => source.authors.get(slug)?.name ?? slug);
      return articleToSearchDocument(article, source.text(`${lang}/${article.slug}`) ?? '', { category, authors });
    });
  // Bodies are not kept twice: snippets read them from the source again.
  return buildSearchIndex(documents, { body: (id) => source.text(`${lang}/${id}`) ?? '' });
}

/** File name of a language's prepared index in the compiled content folder. */
export const searchIndexFile = (lang: Locale) => `search-${lang}.json`;

/** The prepared index file of one language, for the check's compiled content (lib/content/compiled.ts). */
export function compileSearchIndex(source: IndexSource, lang: Locale): { file: string; json: string } {
  return { file: searchIndexFile(lang), json: serialiseSearchIndex(buildFor(source, lang, false)) };
}
