import { withXMLResponse } from 'next-sitemap';
import { currentSitemapIndexXml, SITEMAP_HEADERS } from '@/lib/seo/sitemap';

// Answered per request from the current public set (memoised per content index in lib/seo/sitemap.ts):
// a scheduled article is listed as soon as it is public, without a rebuild.
export const dynamic = 'force-dynamic';

/** /sitemap.xml: the sitemap index (built by next-sitemap's getServerSideSitemapIndex) of every sitemap file. */
export async function GET(): Promise<Response> {
  return withXMLResponse(await currentSitemapIndexXml(), SITEMAP_HEADERS);
}
