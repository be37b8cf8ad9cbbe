/** Longest query the search accepts; longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 120;
/** Results per page on the results page. */
export const RESULTS_PER_PAGE = 10;
/** Results the overlay shows while typing. */
export const OVERLAY_RESULTS = 8;
/** Highest page number accepted from the URL (beyond it the page is simply empty). */
export const MAX_PAGE = 1000;

export interface CleanQuery {
  /** The query as it is searched and shown: trimmed, control characters removed, capped. */
  text: string;
  /** True when the input was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
}

// Control characters (C0, DEL, C1) and the Unicode line/paragraph separators never belong in a query.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Turns whatever arrived in `?q=` (missing, repeated, hostile) into a safe, bounded query string.
 * Search params can be arrays when a key repeats; the first value wins.
 */
export function cleanQuery(raw: unknown): CleanQuery {
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first !== 'string') return { text: '', truncated: false };
  // Cut before the heavier clean-up so a 10,000-character query costs no more than a short one.
  const head = first.slice(0, MAX_QUERY_LENGTH * 4);
  const text = head.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= MAX_QUERY_LENGTH && head.length === first.length) return { text, truncated: false };
  return { text: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: chars.length > MAX_QUERY_LENGTH || head.length < first.length };
}

/** Parses `?page=`: a positive integer up to MAX_PAGE, else 1. */
export function parsePage(raw: unknown): number {
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first !== 'string' || !/^\d{1,4}$/.test(first)) return 1;
  const n = Number(first);
  return n >= 1 && n <= MAX_PAGE ? n : 1;
}
