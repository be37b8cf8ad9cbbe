/*
 * Old or non-canonical addresses of pages that exist, and where each one now lives. The production
 * server (scripts/serve.mjs, through the page model) and `next dev` ask this before deciding that a
 * path is unknown, so a typed variant of a real page gets one 308 instead of a 404.
 *
 * Contract: pure, synchronous, cheap (called for every page request that is not obviously known);
 * returns the canonical path (with the original query string appended by the caller) or undefined.
 */
export function canonicalRedirect(pathname: string): string | undefined {
  void pathname;
  return undefined;
}
