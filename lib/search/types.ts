/** Shapes shared by the search engine, the results page, the API and the overlay (no runtime code). */

/** A piece of displayed text; `hit` marks a matched word. Rendered as text nodes, never as HTML. */
export interface TextSegment {
  text: string;
  hit: boolean;
}

/** One article as the search index sees it: plain text only. */
export interface SearchDocument {
  /** Unique within one index: the article slug. */
  id: string;
  title: string;
  description: string;
  /** Key facts, label and text, joined. */
  keyFacts: string;
  /** Body as plain text (tags stripped, entities decoded). */
  body: string;
  /** Hashtags, both as written and split into words ("KünstlicheIntelligenz Künstliche Intelligenz"). */
  tags: string;
  /** Category name in the index language plus its slug. */
  category: string;
  /** Author names. */
  author: string;
  /** ISO 8601 publication date. */
  date: string;
  categorySlug: string;
}

/** One search result, ready to render. */
export interface SearchHit {
  id: string;
  title: TextSegment[];
  snippet: TextSegment[];
  date: string;
  categorySlug: string;
  score: number;
}

export interface SearchResultPage {
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
}

/** A hit as the API sends it to the overlay: everything already localised. */
export interface SearchApiHit {
  url: string;
  title: TextSegment[];
  snippet: TextSegment[];
  category: string;
  date: string;
  dateText: string;
}

export interface SearchApiResponse {
  query: string;
  total: number;
  countText: string;
  hits: SearchApiHit[];
}
