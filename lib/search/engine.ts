import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import { foldTerm, processTerm, tokenize } from '@/lib/search/normalize';
import { buildSnippet, highlightAll, type HitMatcher } from '@/lib/search/snippet';
import type { SearchDocument, SearchHit, SearchResultPage } from '@/lib/search/types';

type Field = 'title' | 'description' | 'keyFacts' | 'body' | 'tags' | 'category' | 'author';

const FIELDS: Field[] = ['title', 'description', 'keyFacts', 'body', 'tags', 'category', 'author'];

/** Title and key facts outrank the body; a body match still counts. */
const BOOST: Record<Field, number> = { title: 4, keyFacts: 2.5, tags: 2, description: 1.5, category: 1.5, author: 1.5, body: 1 };

// Short fields also index the tails of long words, so "service" finds "Kundenservice". The body is
// left out: tails of every long body word would multiply the index size for little gain.
const INFIX_FIELDS = new Set<string>(['title', 'description', 'keyFacts', 'tags']);
const INFIX_MIN_WORD = 9;
const INFIX_MIN_TAIL = 4;
const INFIX_MIN_HEAD = 3;

/** At most this many words of a query are searched; the rest is ignored (bounded latency). */
export const MAX_QUERY_TERMS = 8;

function indexTerm(word: string, field?: string): string | string[] | null {
  const term = processTerm(word);
  if (!term || !field || !INFIX_FIELDS.has(field) || term.length < INFIX_MIN_WORD) return term;
  const terms = [term];
  for (let i = INFIX_MIN_HEAD; i <= term.length - INFIX_MIN_TAIL; i++) terms.push(term.slice(i));
  return terms;
}

const SEARCH_OPTIONS: SearchOptions = {
  boost: BOOST,
  // Prefix search from three letters: "kundenserv" finds "kundenservice".
  prefix: (term) => term.length >= 3,
  fuzzy: false,
  tokenize,
  processTerm,
};

/** Typo tolerance (second pass only): one edit from five letters; swapped neighbours on top. */
const TYPO_MIN_LENGTH = 5;
const FUZZY_OPTIONS: SearchOptions = {
  fuzzy: (term) => (term.length >= TYPO_MIN_LENGTH ? 1 : false),
  maxFuzzy: 1,
};
/** Weight of a swapped-letters match, like MiniSearch's default weight for fuzzy matches. */
const SWAP_WEIGHT = 0.45;

/**
 * Variants of a term with two neighbouring letters swapped ("klrana" → "klarna"). Levenshtein
 * counts a swap as two edits; looking the variants up exactly is far cheaper than fuzzy distance 2.
 */
export function swapVariants(term: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < term.length - 1; i++) {
    if (term[i] === term[i + 1]) continue;
    out.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  return [...out];
}

function typoQuery(words: string[]): Query {
  return {
    combineWith: 'AND',
    queries: words.map((word): Query => {
      const term = processTerm(word) ?? '';
      if (term.length < TYPO_MIN_LENGTH) return word;
      return {
        combineWith: 'OR',
        queries: [
          { queries: [term], ...FUZZY_OPTIONS },
          { queries: swapVariants(term), boostTerm: () => SWAP_WEIGHT },
        ],
      };
    }),
  };
}

/**
 * Fields searched, in turn until one finds something, for a query made only of very common words
 * (see COMMON_SHARE): the ones that say what an article is about, then everything.
 */
const COMMON_FIELD_STEPS: Field[][] = [['title', 'tags'], ['title', 'keyFacts', 'tags'], FIELDS];
/**
 * A term found in more than this share of documents barely discriminates (its BM25 weight is near
 * zero) but costs a pass over most of the index: the "common terms" cut-off known from Lucene.
 */
const COMMON_SHARE = 0.4;
/** Below this corpus size every query is cheap, so the cut-off stays off. */
const COMMON_MIN_DOCS = 500;

/** What the index keeps of a document for showing a hit; the body is looked up (SearchIndex.body). */
export type StoredDocument = Omit<SearchDocument, 'body'>;

export interface SearchIndex {
  mini: MiniSearch<SearchDocument>;
  docs: Map<string, StoredDocument>;
  /** Number of documents containing each (whole-word) term. */
  docFrequency: Map<string, number>;
  /** A document's body text, for the snippet of a hit (read from disk for a compiled index). */
  body(id: string): string;
}

function miniOptions(processTerm: (word: string, field?: string) => string | string[] | null | undefined | false) {
  return { idField: 'id', fields: FIELDS, storeFields: [], tokenize, processTerm, searchOptions: SEARCH_OPTIONS };
}

function stored(doc: SearchDocument): StoredDocument {
  const { body: _body, ...rest } = doc;
  return rest;
}

/**
 * Builds the full-text index of one language from plain documents (no I/O). Bodies are kept in
 * memory unless `body` says where to find them again.
 */
export function buildSearchIndex(documents: readonly SearchDocument[], options: { body?: (id: string) => string } = {}): SearchIndex {
  const docFrequency = new Map<string, number>();
  const lastDoc = new Map<string, string>();
  // Folding is the costly part of indexing and the vocabulary is far smaller than the text.
  const folded = new Map<string, string | string[] | null>();
  let current = '';
  const mini = new MiniSearch<SearchDocument>({
    ...miniOptions((word, field) => {
      const key = INFIX_FIELDS.has(field ?? '') ? `${word}\u0001` : word;
      let terms = folded.get(key);
      if (terms === undefined) {
        terms = indexTerm(word, field);
        folded.set(key, terms);
      }
      const term = Array.isArray(terms) ? terms[0] : terms;
      if (term && lastDoc.get(term) !== current) {
        lastDoc.set(term, current);
        docFrequency.set(term, (docFrequency.get(term) ?? 0) + 1);
      }
      return terms;
    }),
    // Notes which document is being indexed, so term processing can count document frequencies.
    extractField: (doc, field) => {
      current = doc.id;
      return doc[field as keyof SearchDocument];
    },
  });
  mini.addAll(documents);
  const bodies = options.body ? undefined : new Map(documents.map((d) => [d.id, d.body]));
  const body = options.body ?? ((id: string) => bodies?.get(id) ?? '');
  return { mini, docs: new Map(documents.map((d) => [d.id, stored(d)])), docFrequency, body };
}

interface SerialisedIndex {
  format: 1;
  mini: unknown;
  docs: StoredDocument[];
  docFrequency: [string, number][];
}

/** The index as JSON, for the content check to prepare and the server to load (loadSearchIndex). */
export function serialiseSearchIndex(index: SearchIndex): string {
  const data: SerialisedIndex = { format: 1, mini: index.mini, docs: [...index.docs.values()], docFrequency: [...index.docFrequency] };
  return JSON.stringify(data);
}

/**
 * An index prepared by serialiseSearchIndex: no document is tokenised again. MiniSearch rebuilds
 * its tree in slices (loadJSAsync), so a large index loading at start-up leaves room for requests.
 */
export async function loadSearchIndex(json: string, body: (id: string) => string): Promise<SearchIndex> {
  const data = JSON.parse(json) as SerialisedIndex;
  if (data.format !== 1) throw new Error(`search index format ${String(data.format)}, expected 1`);
  const mini = await MiniSearch.loadJSAsync<SearchDocument>(data.mini as Parameters<typeof MiniSearch.loadJSAsync>[0], miniOptions((word, field) => indexTerm(word, field)));
  return { mini, docs: new Map(data.docs.map((d) => [d.id, d])), docFrequency: new Map(data.docFrequency), body };
}

/** Splits query words into discriminating ones and very common ones (by document frequency). */
function splitCommon(index: SearchIndex, words: string[]): { rare: string[]; common: string[] } {
  const total = index.docs.size;
  if (total < COMMON_MIN_DOCS) return { rare: words, common: [] };
  const rare: string[] = [];
  const common: string[] = [];
  for (const word of words) {
    const df = index.docFrequency.get(processTerm(word) ?? '') ?? 0;
    (df > total * COMMON_SHARE ? common : rare).push(word);
  }
  return { rare, common };
}

/** The words of a query that will be searched (stop words dropped, capped at MAX_QUERY_TERMS). */
export function queryWords(query: string): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const word of tokenize(query)) {
    const term = processTerm(word);
    if (!term || seen.has(term)) continue;
    seen.add(term);
    words.push(word);
    if (words.length === MAX_QUERY_TERMS) break;
  }
  return words;
}

function matcherFor(terms: string[]): HitMatcher {
  const exact = new Set(terms);
  terms = [...exact];
  const tails = terms.filter((t) => t.length >= INFIX_MIN_TAIL);
  const initials = new Set(terms.map((t) => t[0]));
  return (word) => {
    // Cheap first-letter test first: snippets scan whole bodies, and most words can't match.
    if (word.length < INFIX_MIN_WORD && !initials.has(word[0]?.toLowerCase().normalize('NFD')[0])) return false;
    const term = foldTerm(word);
    if (exact.has(term)) return true;
    return term.length >= INFIX_MIN_WORD && tails.some((t) => term.endsWith(t));
  };
}

function toHit(doc: StoredDocument, body: string, terms: string[], score: number): SearchHit {
  const isHit = matcherFor(terms);
  return {
    id: doc.id,
    title: highlightAll(doc.title, isHit),
    snippet: buildSnippet([doc.description, doc.keyFacts, body], isHit),
    date: doc.date,
    categorySlug: doc.categorySlug,
    score,
  };
}

/**
 * Searches an index: all words must match (AND); if that finds nothing, any word may (OR), so one
 * unknown word doesn't empty the list. Returns one page of hits with highlighted title and snippet.
 */
export interface SearchPageOptions {
  page?: number;
  perPage?: number;
  /**
   * Which documents may be found right now (the index also holds articles scheduled for later, so
   * publishing needs no rebuild): applied inside every pass, so totals, pages and the fallback
   * passes see only these.
   */
  visible?: (id: string) => boolean;
}

export function searchIndex(index: SearchIndex, query: string, { page = 1, perPage = 10, visible }: SearchPageOptions = {}): SearchResultPage {
  const words = queryWords(query);
  if (words.length === 0) return { hits: [], total: 0, page, pageCount: 0 };
  const text = words.join(' ');
  const { rare, common } = splitCommon(index, words);
  // Very common words don't narrow the result down: match on the rare words alone, or, if all
  // are common, look for the whole words in the fields that say what an article is about first.
  const matchWords = rare.length > 0 ? rare : words;
  const filter: Pick<SearchOptions, 'filter'> = visible ? { filter: (r) => visible(String(r.id)) } : {};
  let results = rare.length > 0 ? index.mini.search(rare.join(' '), { combineWith: 'AND', ...filter }) : [];
  for (let i = 0; rare.length === 0 && results.length === 0 && i < COMMON_FIELD_STEPS.length; i++) {
    const fields = COMMON_FIELD_STEPS[i];
    results = index.mini.search(text, { combineWith: 'AND', fields, prefix: fields === FIELDS ? SEARCH_OPTIONS.prefix : false, ...filter });
  }
  // Typo tolerance only when exact and prefix matching find nothing: keeps common words fast and
  // stops near-misses from diluting good results.
  if (results.length === 0) results = index.mini.search(typoQuery(matchWords), filter);
  if (results.length === 0 && matchWords.length > 1) results = index.mini.search(matchWords.join(' '), { combineWith: 'OR', ...FUZZY_OPTIONS, ...filter });
  const highlightTerms = common.map((w) => processTerm(w) ?? '').filter(Boolean);
  const pageCount = Math.ceil(results.length / perPage);
  const start = (page - 1) * perPage;
  const hits: SearchHit[] = [];
  for (const r of results.slice(start, start + perPage)) {
    const doc = index.docs.get(String(r.id));
    if (doc) hits.push(toHit(doc, index.body(doc.id), [...r.terms, ...highlightTerms], r.score));
  }
  return { hits, total: results.length, page, pageCount };
}
