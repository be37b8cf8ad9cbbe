/**
 * Building a language's search index from the content's metadata and body texts: used by the
 * content check to prepare the index files (scripts/content-workers.ts) and, without them, by the
 * server itself (lib/search/index.ts). Imports nothing of the page layer, so a check worker loads
 * little.
 */
import type { ArticleMeta, Author, Category } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/settings';
import { articleToSearchDocument } from '@/lib/search/documents';
import { buildSearchIndex, serialiseSearchIndex, storedDocument, type DocumentLookup, type SearchIndex } from '@/lib/search/engine';
import { processTerm, tokenize } from '@/lib/search/normalize';
import type { SearchDocument } from '@/lib/search/types';

/**
 * From this many articles in a language, each body is indexed by its most distinctive words only
 * (static index pruning): a full body index of 10,000 articles took about 300 MB and several
 * seconds to load per language. Title, description, key facts, hashtags, category and author stay
 * complete, and snippets still quote the whole text.
 */
export const PRUNE_FROM = 2000;
/** Body words kept per article, the highest tf-idf first (a 1,000-word article has 300–500 distinct words). */
export const BODY_TERMS_KEPT = 60;

/**
 * Documents whose body is replaced by its BODY_TERMS_KEPT most distinctive index terms (each as
 * often as it occurs, so term frequency is kept), and the document frequency of every body term
 * before pruning, so a common word is still known to be common.
 */
export function pruneBodies(documents: readonly SearchDocument[]): { documents: SearchDocument[]; bodyFrequency: Map<string, number> } {
  const counts = documents.map((doc) => {
    const tf = new Map<string, number>();
    for (const word of tokenize(doc.body)) {
      const term = processTerm(word);
      if (term) tf.set(term, (tf.get(term) ?? 0) + 1);
    }
    return tf;
  });
  const bodyFrequency = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) bodyFrequency.set(term, (bodyFrequency.get(term) ?? 0) + 1);
  const n = documents.length;
  const pruned = documents.map((doc, i) => {
    const tf = counts[i] ?? new Map<string, number>();
    if (tf.size <= BODY_TERMS_KEPT) return doc;
    const kept = [...tf]
      .map(([term, count]) => ({ term, count, weight: count * Math.log(n / (bodyFrequency.get(term) ?? 1)) }))
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
      .slice(0, BODY_TERMS_KEPT);
    return { ...doc, body: kept.map(({ term, count }) => `${term} `.repeat(count)).join('') };
  });
  return { documents: pruned, bodyFrequency };
}

export interface IndexSource {
  articles: readonly ArticleMeta[];
  authors: ReadonlyMap<string, Author>;
  categories: ReadonlyMap<string, Category>;
  text(key: string): string | undefined;
}

const indexed = (source: IndexSource, lang: Locale, withDrafts: boolean) => source.articles.filter((a) => a.lang === lang && (withDrafts || a.status !== 'draft'));

function toDocument(source: IndexSource, article: ArticleMeta, body: string): SearchDocument {
  const category = source.categories.get(article.category)?.name[article.lang] ?? article.category;
  const authors = article.authors.map((slug) => source.authors.get(slug)?.name ?? slug);
  return articleToSearchDocument(article, body, { category, authors });
}

/**
 * The documents of a language's index as a view onto the content's metadata: a prepared index
 * does not carry them (it would hold every title and description a second time), and a hit's
 * document is put together when it is shown.
 */
export function documentLookup(source: IndexSource, lang: Locale, withDrafts: boolean): DocumentLookup {
  const bySlug = new Map(indexed(source, lang, withDrafts).map((a) => [a.slug, a]));
  return {
    size: bySlug.size,
    get(id) {
      const article = bySlug.get(id);
      return article && storedDocument(toDocument(source, article, ''));
    },
  };
}

/** The index of one language from metadata and body texts. */
export function buildFor(source: IndexSource, lang: Locale, withDrafts: boolean): SearchIndex {
  const documents = indexed(source, lang, withDrafts).map((article) => toDocument(source, article, source.text(`${lang}/${article.slug}`) ?? ''));
  // Bodies are not kept twice: snippets read them from the source again.
  const body = (id: string) => source.text(`${lang}/${id}`) ?? '';
  if (documents.length < PRUNE_FROM) return buildSearchIndex(documents, { body });
  const pruned = pruneBodies(documents);
  const index = buildSearchIndex(pruned.documents, { body });
  for (const [term, count] of pruned.bodyFrequency) index.docFrequency.set(term, Math.max(count, index.docFrequency.get(term) ?? 0));
  return index;
}

/** File name of a language's prepared index in the compiled content folder. */
export const searchIndexFile = (lang: Locale) => `search-${lang}.json`;

/** The prepared index file of one language, for the check's compiled content (lib/content/compiled.ts). */
export function compileSearchIndex(source: IndexSource, lang: Locale): { file: string; json: string } {
  return { file: searchIndexFile(lang), json: serialiseSearchIndex(buildFor(source, lang, false)) };
}
