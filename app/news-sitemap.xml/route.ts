import { withXMLResponse } from 'next-sitemap';
import { currentNewsSitemapXml, SITEMAP_HEADERS } from '@/lib/seo/sitemap';

// Answered per request: articles enter and leave the 48-hour window without a rebuild.
export const dynamic = 'force-dynamic';

/** /news-sitemap.xml: Google News sitemap of both languages (built by next-sitemap's getServerSideSitemap). */
export async function GET(): Promise<Response> {
  return withXMLResponse(await currentNewsSitemapXml(), SITEMAP_HEADERS);
}
