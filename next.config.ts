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
 * Prerendered pages: a CDN (or the nginx in deploy/nginx.conf) may keep a page for 10 minutes and
 * serve a stale copy for a day while it refetches; browsers always revalidate (max-age=0). Next.js
 * only sets its own Cache-Control when none is set, so this replaces its default one-year s-maxage,
 * which would keep corrected articles at the edge far too long. Hashed assets under /_next/static
 * keep Next's `public, max-age=31536000, immutable`, which cannot be overridden.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=600, stale-while-revalidate=86400';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  env: { BUILD_SITE_URL: buildSiteUrl },
  reactStrictMode: true,
  // A separate build folder lets benchmarks and parallel test builds run beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // A self-contained server (scripts/start-standalone.sh, Dockerfile) without node_modules.
  output: 'standalone',
  // app/global-not-found.tsx renders every unknown URL in full on the server (see that file for why).
  experimental: { globalNotFound: true },
  // Content is read from CONTENT_DIR at build time; the standalone server needs it too when a page is re-rendered.
  outputFileTracingIncludes: { '/*': ['./content/**/*', './locales/**/*'] },
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
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        // Language-prefixed pages and feeds only: never the locale redirect at "/" (it varies per reader) nor /api.
        source: '/:lang(de|en)/:path*',
        headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }],
      },
      {
        source: '/:lang(de|en)',
        headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }],
      },
    ];
  },
};

export default nextConfig;
