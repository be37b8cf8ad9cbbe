import { getPublicPages } from '@/lib/seo/pages';
import { buildSitemapUrls, renderSitemapXml } from '@/lib/seo/sitemap';

// Prerendered at build like the pages it lists; lastmod comes from the content, not the build time.
export const dynamic = 'force-static';

/** /sitemap.xml: every public page in both languages with hreflang alternates. */
export function GET(): Response {
  return new Response(renderSitemapXml(buildSitemapUrls(getPublicPages())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
