import { NextResponse, type NextRequest } from 'next/server';
import { resolveLocale } from '@/lib/i18n/negotiate';
import { LOCALE_COOKIE, isLocale } from '@/lib/i18n/settings';

// Paths beyond this length are not worth preserving: send the reader to the home page instead.
const MAX_PATH_LENGTH = 1024;

// Pages answer GET and HEAD (POST stays open for server actions); Next would otherwise render the page for any method.
const PAGE_METHODS = new Set(['GET', 'HEAD', 'POST']);

/** True when the path's percent-escapes decode to valid UTF-8 (Next answers 500 on route params that don't). */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Locale negotiation only: a path without a language prefix ("/", "/articles/x") is redirected
 * (307) to the same path under the reader's language. Unusual methods (405) and undecodable paths
 * (400) are refused here too, for `next dev`; in production scripts/serve.mjs refuses them first.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!PAGE_METHODS.has(request.method)) {
    return new NextResponse(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  if (!decodable(pathname)) return new NextResponse(null, { status: 400 });
  const first = pathname.split('/')[1] ?? '';
  if (isLocale(first)) return NextResponse.next();
  // "/DE/archive" is a language prefix typed in capitals: one permanent hop to "/de/archive",
  // instead of "/de/DE/archive" and a 404.
  const lower = first.toLowerCase();
  if (isLocale(lower)) {
    const target = request.nextUrl.clone();
    target.pathname = `/${lower}${pathname.slice(first.length + 1)}`;
    return NextResponse.redirect(target, 308);
  }

  const lang = resolveLocale({
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get('accept-language'),
  });
  // The path is kept as received (still percent-encoded); it was checked to decode above.
  const rest = pathname === '/' || pathname.length > MAX_PATH_LENGTH ? '' : pathname.replace(/^\/+/, '/');
  const target = request.nextUrl.clone();
  target.pathname = `/${lang}${rest}`;
  // The query goes along ("/?utm_source=x" → "/de?utm_source=x"): campaign and share parameters
  // must survive the language redirect. Only an overlong path, cut back to the home page, drops it.
  target.search = pathname.length > MAX_PATH_LENGTH ? '' : search;
  const response = NextResponse.redirect(target, 307);
  // The answer depends on these headers; shared caches must not hand one reader's choice to another.
  response.headers.set('Vary', 'Accept-Language, Cookie');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Only paths that need a language: never a /de or /en page (most traffic; running the proxy there
  // costs about a quarter of the throughput, and scripts/serve.mjs already refuses odd methods and
  // undecodable paths), Next internals, API routes, any file with an extension (assets, feeds,
  // sitemaps, robots.txt, icons) or metadata routes. Exact exclusions instead of substring checks.
  matcher: ['/((?!_next|api(?:/|$)|de(?:/|$)|en(?:/|$)|sitemap|news-sitemap|robots\\.txt|.*\\..*).*)'],
};
