import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import { foldTerm, processTerm, tokenize } from '@/lib/search/normalize';
import { buildSnippet, highlightAll, type HitMatcher } from '@/lib/search/snippet';
import type { SearchDocument, SearchHit, SearchResultPage } from '@/lib/search/types';

type Field = 'title' | 'description' | 'keyFacts' | 'body' | 'tags' | 'category' | 'author';

const FIELDS: Field[] = ['title', 'description', 'keyFacts', 'body', 'tags', 'category', 'author'];

/** Title and key facts outrank the body; a body match still counts. */
const BOOST: Record<Field, number> = { title: 4, keyFacts: 2.5, tags: 2, description: 1.5, category: 1.5, author: 1.5, body: 1 };

// Short fields also match inside long words, so "service" finds "Kundenservice". Not by indexing
// every tail of every long word (that doubled the index and its load time at 20,000 articles) but
// at query time: the long words of these fields are listed once (SearchIndex.infixTerms), and a
// query word found inside one of them also searches that word, in these fields only. The body is
// left out: inner parts of body words would drown the result list for little gain.
const INFIX_FIELDS: Field[] = ['title', 'description', 'keyFacts', 'tags'];
const INFIX_FIELD_SET = new Set<string>(INFIX_FIELDS);
const INFIX_MIN_WORD = 9;
const INFIX_MIN_TAIL = 4;
const INFIX_MIN_HEAD = 3;
/** Longest words found per query word (a short, common inner part could list thousands). */
const INFIX_MAX_TERMS = 48;
/**
 * Weight of a word that merely contains the query word (like MiniSearch's prefix weight); one that
 * ends with it ("Kundenservice" for "service") counts fully, as the word itself would.
 */
const INFIX_WEIGHT = 0.375;

/** At most this many words of a query are searched; the rest is ignored (bounded latency). */
export const MAX_QUERY_TERMS = 8;

/**
 * Where `query` sits inside `term` as an inner part: not at its start (that is a prefix match,
 * found anyway), after at least INFIX_MIN_HEAD letters, with at least INFIX_MIN_TAIL letters from
 * there to the end. -1 when it doesn't.
 */
export function infixPosition(term: string, query: string): number {
  // The first occurrence is the earliest: if that one leaves too short a tail, every later one does.
  const at = term.indexOf(query, INFIX_MIN_HEAD);
  return at !== -1 && at <= term.length - Math.max(INFIX_MIN_TAIL, query.length) ? at : -1;
}

/** The long words of the short fields that contain `term` as an inner part, the shortest first. */
export function infixMatches(infixTerms: readonly string[], term: string): string[] {
  if (term.length < INFIX_MIN_HEAD) return [];
  const found: string[] = [];
  for (const candidate of infixTerms) {
    if (candidate.length > term.length + INFIX_MIN_HEAD - 1 && infixPosition(candidate, term) !== -1) found.push(candidate);
  }
  if (found.length <= INFIX_MAX_TERMS) return found;
  return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, INFIX_MAX_TERMS);
}

const SEARCH_OPTIONS: SearchOptions = {
  boost: BOOST,
  // Prefix search from three letters: "kundenserv" finds "kundenservice".
  prefix: (term) => term.length >= 3,
  fuzzy: false,
  tokenize,
  processTerm,
};

/** Typo tolerance (only when exact and prefix matching find nothing): from five letters. */
const TYPO_MIN_LENGTH = 5;
/** Weight of a word one typo away from the query word (MiniSearch's default fuzzy weight). */
const TYPO_WEIGHT = 0.45;

/**
 * True when `a` and the first `bLength` letters of `b` are one typo apart: one letter replaced,
 * added or dropped, or two neighbouring letters swapped ("klrana" → "klarna"; Levenshtein would
 * count a swap as two). Compares in place: it runs over the whole vocabulary.
 */
export function oneTypoApart(a: string, b: string, bLength = b.length): boolean {
  const aLength = a.length;
  if (Math.abs(aLength - bLength) > 1) return false;
  let i = 0;
  while (i < aLength && i < bLength && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === aLength && i === bLength) return false;
  // a from x on equals b from y up to bLength
  const rest = (x: number, y: number) => {
    if (aLength - x !== bLength - y) return false;
    for (; x < aLength; x++, y++) if (a.charCodeAt(x) !== b.charCodeAt(y)) return false;
    return true;
  };
  if (aLength === bLength) {
    return rest(i + 1, i + 1) || (a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && rest(i + 2, i + 2));
  }
  return aLength > bLength ? rest(i + 1, i) : rest(i, i + 1);
}

/** True when `term` is one typo away from `word` or from its beginning ("wettervorhersga" → "wettervorhersage"). */
function typoOf(term: string, word: string): boolean {
  if (oneTypoApart(term, word)) return true;
  if (word.length <= term.length) return false;
  for (let length = term.length - 1; length <= term.length + 1 && length < word.length; length++) if (oneTypoApart(term, word, length)) return true;
  return false;
}

/**
 * The index's words one typo away from a query word, or beginning one typo away from it. A word in
 * most documents is left out: a "correction" to it says nothing about what was meant and would
 * score nearly every article ("wetter" → "weiter").
 */
export function typoCandidates(index: SearchIndex, term: string): string[] {
  if (term.length < TYPO_MIN_LENGTH) return [];
  const common = index.docs.size >= COMMON_MIN_DOCS ? index.docs.size * COMMON_SHARE : Infinity;
  const found: string[] = [];
  for (const word of index.vocabulary) {
    if (word.length >= term.length - 1 && typoOf(term, word) && (index.docFrequency.get(word) ?? 0) <= common) found.push(word);
  }
  return found.length <= INFIX_MAX_TERMS ? found : found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, INFIX_MAX_TERMS);
}

/** True when some word of the index starts with `term` (binary search in the sorted vocabulary). */
function hasPrefix(vocabulary: readonly string[], term: string): boolean {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((vocabulary[mid] as string) < term) low = mid + 1;
    else high = mid;
  }
  return vocabulary[low]?.startsWith(term) ?? false;
}

/**
 * Fields searched, in turn until one finds something, for a query made only of very common words
 * (see COMMON_SHARE): the ones that say what an article is about, then everything.
 */
const COMMON_FIELD_STEPS: Field[][] = [['title', 'tags'], ['title', 'keyFacts', 'tags'], FIELDS];
/** The fields of the narrower steps, whose words the index lists (SearchIndex.fieldTerms). */
const STEP_FIELDS = ['title', 'keyFacts', 'tags'] as const;
type StepField = (typeof STEP_FIELDS)[number];
const STEP_FIELD_SET = new Set<string>(STEP_FIELDS);

function isStepField(field: string | undefined): field is StepField {
  return field !== undefined && STEP_FIELD_SET.has(field);
}

function emptyFieldTerms(): Record<StepField, Set<string>> {
  return { title: new Set(), keyFacts: new Set(), tags: new Set() };
}

/** False when some word is in none of the fields (whole words): that step of COMMON_FIELD_STEPS cannot find anything. */
function stepCanMatch(index: SearchIndex, words: readonly string[], fields: readonly Field[]): boolean {
  if (!fields.every(isStepField)) return true;
  return words.every((word) => {
    const term = processTerm(word);
    return term !== null && fields.some((field) => index.fieldTerms[field as StepField].has(term));
  });
}
/**
 * A term found in more than this share of documents barely discriminates (its BM25 weight is near
 * zero) but costs a pass over most of the index: the "common terms" cut-off known from Lucene.
 */
const COMMON_SHARE = 0.4;
/** Below this corpus size every query is cheap, so the cut-off stays off. */
const COMMON_MIN_DOCS = 500;

/** What the index keeps of a document for showing a hit; the body is looked up (SearchIndex.body). */
export type StoredDocument = Omit<SearchDocument, 'body'>;

/** The documents of an index by id: a Map, or a view onto the content's metadata (lib/search/compile.ts). */
export interface DocumentLookup {
  readonly size: number;
  get(id: string): StoredDocument | undefined;
}

export interface SearchIndex {
  mini: MiniSearch<SearchDocument>;
  docs: DocumentLookup;
  /** Number of documents containing each (whole-word) term. */
  docFrequency: Map<string, number>;
  /** Every word of INFIX_FIELDS with at least INFIX_MIN_WORD letters, once: for inner-part matches. */
  infixTerms: readonly string[];
  /** Every word of the index, sorted: typo candidates and a cheap test whether a word matches at all. */
  vocabulary: readonly string[];
  /**
   * The words of the fields that very common words are looked up in first (COMMON_FIELD_STEPS), per
   * field: a step some word cannot match in is skipped instead of scoring the others' matches.
   */
  fieldTerms: Readonly<Record<StepField, ReadonlySet<string>>>;
  /** A document's body text, for the snippet of a hit (read from disk for a compiled index). */
  body(id: string): string;
}

function miniOptions(processTerm: (word: string, field?: string) => string | null | undefined | false) {
  return { idField: 'id', fields: FIELDS, storeFields: [], tokenize, processTerm, searchOptions: SEARCH_OPTIONS };
}

export function storedDocument(doc: SearchDocument): StoredDocument {
  const { body: _body, ...rest } = doc;
  return rest;
}

/**
 * Builds the full-text index of one language from plain documents (no I/O). Bodies and documents
 * are kept in memory unless `body` and `docs` say where to find them again.
 */
export function buildSearchIndex(documents: readonly SearchDocument[], options: { body?: (id: string) => string; docs?: DocumentLookup } = {}): SearchIndex {
  const docFrequency = new Map<string, number>();
  const lastDoc = new Map<string, string>();
  const infixTerms = new Set<string>();
  const fieldTerms = emptyFieldTerms();
  // Folding is the costly part of indexing and the vocabulary is far smaller than the text.
  const folded = new Map<string, string | null>();
  let current = '';
  const mini = new MiniSearch<SearchDocument>({
    ...miniOptions((word, field) => {
      let term = folded.get(word);
      if (term === undefined) {
        term = processTerm(word);
        folded.set(word, term);
      }
      if (!term) return term;
      if (lastDoc.get(term) !== current) {
        lastDoc.set(term, current);
        docFrequency.set(term, (docFrequency.get(term) ?? 0) + 1);
      }
      if (term.length >= INFIX_MIN_WORD && INFIX_FIELD_SET.has(field ?? '')) infixTerms.add(term);
      if (isStepField(field)) fieldTerms[field].add(term);
      return term;
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
  const docs = options.docs ?? new Map(documents.map((d) => [d.id, storedDocument(d)]));
  return { mini, docs, docFrequency, infixTerms: [...infixTerms].sort(), vocabulary: [...docFrequency.keys()].sort(), fieldTerms, body };
}

const FORMAT = 3;

interface SerialisedIndex {
  format: typeof FORMAT;
  mini: unknown;
  docFrequency: [string, number][];
  infixTerms: string[];
  fieldTerms: Record<StepField, string[]>;
}

/**
 * The index as JSON, for the content check to prepare and the server to load (loadSearchIndex).
 * Documents are not written: the server has them in the content's metadata already.
 */
export function serialiseSearchIndex(index: SearchIndex): string {
  const fieldTerms = Object.fromEntries(STEP_FIELDS.map((field) => [field, [...index.fieldTerms[field]]])) as Record<StepField, string[]>;
  const data: SerialisedIndex = { format: FORMAT, mini: index.mini, docFrequency: [...index.docFrequency], infixTerms: [...index.infixTerms], fieldTerms };
  return JSON.stringify(data);
}

/**
 * An index prepared by serialiseSearchIndex: no document is tokenised again. Parsed, then loaded in
 * one go (MiniSearch.loadJS, about 0.15 s for 10,000 articles here), with a turn of the event loop
 * in between so requests that arrive meanwhile are not held up by both. loadJSAsync waits a timer
 * tick after every 1,000 postings, which made the same load take 3 s.
 */
export async function loadSearchIndex(json: string, source: { docs: DocumentLookup; body: (id: string) => string }): Promise<SearchIndex> {
  const data = JSON.parse(json) as SerialisedIndex;
  if (data.format !== FORMAT) throw new Error(`search index format ${String(data.format)}, expected ${FORMAT}`);
  await new Promise((resolve) => setImmediate(resolve));
  const mini = MiniSearch.loadJS<SearchDocument>(data.mini as Parameters<typeof MiniSearch.loadJS>[0], miniOptions(processTerm));
  const docFrequency = new Map(data.docFrequency);
  const fieldTerms = Object.fromEntries(STEP_FIELDS.map((field) => [field, new Set(data.fieldTerms[field])])) as Record<StepField, Set<string>>;
  return { mini, docs: source.docs, docFrequency, infixTerms: data.infixTerms, vocabulary: [...docFrequency.keys()].sort(), fieldTerms, body: source.body };
}

/**
 * One query word: itself (prefix search from three letters), as the inner part of a long word of
 * the short fields (see INFIX_FIELDS), and with `typos` also the words one typo away. Undefined
 * when nothing in the index can match it, so a pass that needs every word can be skipped.
 */
function wordQuery(index: SearchIndex, word: string, typos: boolean): Query | undefined {
  const term = processTerm(word) ?? '';
  const alternatives: Query[] = [];
  if (index.docFrequency.has(term) || (term.length >= 3 && hasPrefix(index.vocabulary, term))) alternatives.push(word);
  const inner = infixMatches(index.infixTerms, term);
  if (inner.length > 0) {
    alternatives.push({ queries: inner, fields: INFIX_FIELDS, prefix: false, boostTerm: (found: string) => (found.endsWith(term) ? 1 : INFIX_WEIGHT) });
  }
  const corrected = typos ? typoCandidates(index, term) : [];
  if (corrected.length > 0) alternatives.push({ queries: corrected, prefix: false, boostTerm: () => TYPO_WEIGHT });
  if (alternatives.length <= 1) return alternatives[0];
  return { combineWith: 'OR', queries: alternatives };
}

/**
 * All (AND) or any (OR) of the words (see wordQuery). Undefined when the pass cannot find anything:
 * with AND a word that matches nothing, with OR none that matches.
 */
function wordsQuery(index: SearchIndex, words: string[], combineWith: 'AND' | 'OR', typos: boolean): Query | undefined {
  const queries: Query[] = [];
  for (const word of words) {
    const query = wordQuery(index, word, typos);
    if (query) queries.push(query);
    else if (combineWith === 'AND') return undefined;
  }
  return queries.length > 0 ? { combineWith, queries } : undefined;
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

/**
 * Folded forms of the words snippets have met. A page of hits scans up to 30,000 characters of each
 * body word by word, and folding (six string passes) was a third of a broad query's time at 10,000
 * articles; article text repeats its words, so most lookups hit. Bounded: emptied when full.
 */
const foldedWords = new Map<string, string>();
const FOLDED_WORDS_MAX = 50_000;

function foldCached(word: string): string {
  let term = foldedWords.get(word);
  if (term === undefined) {
    if (foldedWords.size >= FOLDED_WORDS_MAX) foldedWords.clear();
    term = foldTerm(word);
    foldedWords.set(word, term);
  }
  return term;
}

function matcherFor(terms: string[]): HitMatcher {
  const exact = new Set(terms);
  terms = [...exact];
  const tails = terms.filter((t) => t.length >= INFIX_MIN_TAIL);
  const initials = new Set(terms.map((t) => t[0]));
  return (word) => {
    // Cheap first-letter test first: snippets scan whole bodies, and most words can't match.
    if (word.length < INFIX_MIN_WORD && !initials.has(word[0]?.toLowerCase().normalize('NFD')[0])) return false;
    const term = foldCached(word);
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
  const search = (q: Query | undefined, options: SearchOptions = {}) => (q ? index.mini.search(q, { ...options, ...filter }) : []);
  let results = rare.length > 0 ? search(wordsQuery(index, rare, 'AND', false)) : [];
  for (let i = 0; rare.length === 0 && results.length === 0 && i < COMMON_FIELD_STEPS.length; i++) {
    const fields = COMMON_FIELD_STEPS[i] as Field[];
    if (!stepCanMatch(index, words, fields)) continue;
    results = search(text, { combineWith: 'AND', fields, prefix: fields === FIELDS ? SEARCH_OPTIONS.prefix : false });
  }
  // Typo tolerance only when exact and prefix matching find nothing: keeps common words fast and
  // stops near-misses from diluting good results. Passes that cannot match are not run at all.
  if (results.length === 0) results = search(wordsQuery(index, matchWords, 'AND', true));
  if (results.length === 0 && matchWords.length > 1) results = search(wordsQuery(index, matchWords, 'OR', true));
  const highlightTerms = common.map((w) => processTerm(w) ?? '').filter(Boolean);
  const pageCount = Math.ceil(results.length / perPage);
  const start = (page - 1) * perPage;
  const hits: SearchHit[] = [];
  for (const r of results.slice(start, start + perPage)) {
    const doc = index.docs.get(String(r.id));
    if (!doc) continue;
    // The body is read and scanned for a snippet only when the index found a word in it (or a very
    // common word, which nearly every body has, is to be marked): otherwise the scan could only end
    // empty-handed after 30,000 characters, for each hit of the page.
    const bodyMatched = highlightTerms.length > 0 || Object.values(r.match).some((fields) => fields.includes('body'));
    hits.push(toHit(doc, bodyMatched ? index.body(doc.id) : '', [...r.terms, ...highlightTerms], r.score));
  }
  return { hits, total: results.length, page, pageCount };
}
