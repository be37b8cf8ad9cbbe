import { notFound, permanentRedirect } from 'next/navigation';
import { isLocale, type Locale } from '@/lib/i18n/settings';
import { canonicalRedirect } from '@/lib/routing/redirects';

/** The route's language, or a 404 for anything that is not one of ours. */
export function requireLocale(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}

/**
 * Page number from a "[page]" segment. Only 2, 3, … are valid: page 1 lives at the URL without a
 * number, so "/1", "/01" or "/2x" never become duplicate or bogus pages.
 */
export function parsePageParam(value: string): number | undefined {
  if (!/^[1-9]\d{0,5}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 2 ? n : undefined;
}

/** Page number from the segment, or a 404 when it is malformed or beyond the last page. */
export function requirePage(value: string, pageCount: number): number {
  const page = parsePageParam(value);
  if (page === undefined || page > pageCount) notFound();
  return page;
}

/**
 * For a route whose parameters do not name a page: one 308 to the canonical address when the path
 * is an old or non-canonical form of a real page (lib/routing/redirects.ts), else nothing. Called
 * first by the routes that render on demand, so `next dev` answers like the production server.
 */
export function redirectIfNonCanonical(pathname: string): void {
  const target = canonicalRedirect(pathname);
  if (target) permanentRedirect(target);
}

/**
 * For generateMetadata of the same routes: true when the page will redirect. Metadata then returns
 * nothing instead of redirecting too: two redirects in one render give the response two Location
 * headers on its first (uncached) request.
 */
export function willRedirect(pathname: string): boolean {
  return canonicalRedirect(pathname) !== undefined;
}
