import fs from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';

const isDev = process.env.NODE_ENV === 'development';
const httpsSite = (process.env.SITE_URL ?? '').startsWith('https://');

/**
 * The public address this build is made for. Recorded into the build (inlined as
 * process.env.BUILD_SITE_URL, read by lib/site.ts), so pages rendered on first request after the
 * build (older articles, numbered pages, hashtags) carry the same address as the prerendered ones,
 * whatever SITE_URL the server process has, or lacks, at run time. Validated in lib/site.ts.
 */
const buildSiteUrl = process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000';

/**
 * Content-Security-Policy for every response.
 *
 * Pages are prerendered at build time, so they cannot carry a per-request nonce (nonces force
 * dynamic rendering on every request). Next.js streams its router state as small inline
 * `<script>self.__next_f.push(…)</script>` tags whose content differs per page, so hashes are not
 * practical either. The documented, narrow allowance is `'unsafe-inline'` for scripts from our own
 * origin only: no third-party script origin, no `'unsafe-eval'` (only `next dev` needs it for
 * React Refresh), no `data:` scripts. Markdown is sanitised before it reaches the page, so no
 * author-controlled markup can add an inline script in the first place. JSON-LD blocks
 * (`type="application/ld+json"`) are data and are never executed.
 * Styles: next/image and next/font set inline `style` attributes and a small inline `<style>`.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Search overlay (GET /api/search), read beacon (POST /api/reads), RSC prefetches; dev needs the HMR socket.
  `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  // Only behind HTTPS: on a plain-HTTP test server it would upgrade our own asset requests.
  ...(httpsSite ? ['upgrade-insecure-requests'] : []),
].join('; ');

export const securityHeaders: { key: string; value: string }[] = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  // Browsers ignore HSTS over plain HTTP, so sending it everywhere is harmless locally.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  // Legacy twin of frame-ancestors for old browsers.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * How long a shared cache (CDN, the nginx in deploy/nginx.conf) may keep each kind of response.
 * Browsers always revalidate (max-age=0). Next.js only sets its own Cache-Control when none is set,
 * so these replace its default one-year s-maxage. Hashed assets under /_next/static keep Next's
 * `public, max-age=31536000, immutable`, which cannot be overridden. docs/production.md explains
 * each kind.
 *
 * Articles and other pages: 10 minutes, then a stale copy for a day while the cache refetches. An
 * article's text changes only with a deploy; its sidebar and links to newer articles may lag by
 * these 10 minutes behind a cache.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=600, stale-while-revalidate=86400';

/**
 * Everything that lists articles (home, archive, category, hashtag and author pages, feeds,
 * sitemaps, search): fresh for 30 s, then served stale for at most 30 s more while one request
 * refetches, so a scheduled article appears behind a cache within 60 s of its time (the server
 * itself shows it at once: scripts/serve.mjs expires its page cache at that moment).
 */
export const LISTING_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30';

/**
 * Next's draft mode (a colleague's signed preview, lib/preview) marks its requests with this
 * cookie: they get Next's own `private, no-cache, no-store` and never a shared lifetime.
 */
const notInPreview = [{ type: 'cookie' as const, key: '__prerender_bypass' }];

/**
 * The compilation of the content this build prerenders from (lib/content/compiled.ts writes it
 * beside the compiled content, in the folder compiledDir() names: `.content-compiled/<name>` next to
 * CONTENT_DIR). Inlined as process.env.BUILD_CONTENT_COMPILATION: a server whose content is that
 * compilation, with no article gone live since, serves the prerendered pages as they are instead
 * of rendering each one again on its first request (lib/content pagesChangedSinceBuild).
 */
export function buildContentCompilation(contentDir = process.env.CONTENT_DIR ?? 'content'): string {
  const dir = path.resolve(contentDir);
  try {
    return fs.readFileSync(path.join(path.dirname(dir), '.content-compiled', path.basename(dir), 'compilation.txt'), 'utf8');
  } catch {
    return '';
  }
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  env: { BUILD_SITE_URL: buildSiteUrl, BUILD_CONTENT_COMPILATION: buildContentCompilation() },
  reactStrictMode: true,
  // A separate build folder lets benchmarks and parallel test builds run beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // A self-contained server (scripts/start-standalone.sh, Dockerfile) without node_modules.
  output: 'standalone',
  // app/global-not-found.tsx renders every unknown URL in full on the server (see that file for why).
  experimental: {
    globalNotFound: true,
    // Pages re-rendered at run time stay in each server process's memory and are never written
    // back into the build folder: what is public changes with time (scheduled articles), and a
    // re-rendered page on disk outlived restarts and was served as the first answer of the next
    // server on the same build, listing an article that server's content did not have (seen when
    // a test ran the build on other content). Each process revalidates at every publication time,
    // and at start when its content is not what the build prerendered or an article went live since
    // (scripts/serve.mjs, pagesChangedSinceBuild), so the build's own pages are never stale.
    isrFlushToDisk: false,
    // Off: inlined, the site's CSS (37.5 KB) went into every page twice, as <style> and again inside
    // the RSC payload, so the Klarna article's HTML was 172 KB (37 KB gzip) instead of 97 KB (22 KB)
    // and `npm start` served 30-40 % fewer articles per second; Lighthouse estimated what the two
    // stylesheets (9.7 KB gzip, cached for every further page) hold up at 0-36 ms and the article
    // scored the same within its run-to-run range. NEXT_INLINE_CSS=1 builds the inlined variant.
    inlineCss: process.env.NEXT_INLINE_CSS === '1',
  },
  // Content is read from CONTENT_DIR at build time; the standalone server needs it too when a page is re-rendered.
  outputFileTracingIncludes: { '/*': ['./content/**/*', './locales/**/*', './.content-compiled/content/**/*'] },
  // Never ship local state or development files inside the standalone folder.
  outputFileTracingExcludes: {
    '/*': ['./data/**/*', './test-results/**/*', './tests/**/*', './tmp/**/*', './docs/**/*', './deploy/**/*', './coverage/**/*', './playwright-report/**/*', './.git/**/*', './*.tsbuildinfo'],
  },
  /*
   * The legal pages under the other language's name (lib/routes.ts legalSegments): answered here,
   * before any rendering, with one 308 that keeps the query. The same mapping is in
   * canonicalRedirect (lib/routing/redirects.ts); tests/unit/routing/redirects.test.ts checks that
   * the two agree. (A redirect thrown while rendering an on-demand page is sent with its Location
   * header twice on the first request, so static redirects belong here.)
   */
  async redirects() {
    return [
      { source: '/en/impressum', destination: '/en/legal-notice', permanent: true },
      { source: '/en/datenschutz', destination: '/en/privacy', permanent: true },
      { source: '/de/legal-notice', destination: '/de/impressum', permanent: true },
      { source: '/de/privacy', destination: '/de/datenschutz', permanent: true },
    ];
  },
  async headers() {
    const cache = (source: string, value: string) => ({ source, missing: notInPreview, headers: [{ key: 'Cache-Control', value }] });
    // Later rules win for the same header: the general page rule first, listings after it.
    return [
      { source: '/:path*', headers: securityHeaders },
      // Language-prefixed pages and feeds only: never the locale redirect at "/" (it varies per reader) nor /api.
      cache('/:lang(de|en)/:path*', PAGE_CACHE_CONTROL),
      cache('/:lang(de|en)', LISTING_CACHE_CONTROL),
      cache('/:lang(de|en)/:kind(archive|category|tag|author|search)', LISTING_CACHE_CONTROL),
      cache('/:lang(de|en)/:kind(archive|category|tag|author)/:path+', LISTING_CACHE_CONTROL),
      cache('/:lang(de|en)/:feed(feed\\.xml|atom\\.xml)', LISTING_CACHE_CONTROL),
      // Sitemaps (also split ones such as /sitemap-0.xml) and the news sitemap.
      cache('/:file(sitemap[^/]*\\.xml|news-sitemap[^/]*\\.xml)', LISTING_CACHE_CONTROL),
      cache('/sitemaps/:file*', LISTING_CACHE_CONTROL),
      {
        // The form page for a returned submission renders what a private request header carries
        // (lib/http/form-page.ts): never stored by a cache, whose key does not include that header.
        source: '/:lang(de|en)/consulting/retry',
        headers: [{ key: 'Cache-Control', value: 'private, no-store' }],
      },
    ];
  },
};

export default nextConfig;
