import { withXMLResponse } from 'next-sitemap';
import { currentSitemapFileXml, parseSitemapFileName, SITEMAP_HEADERS } from '@/lib/seo/sitemap';

// Answered per request from the current public set (memoised per content index), like /sitemap.xml.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ file: string }> };

/** /sitemaps/pages-N.xml and /sitemaps/articles-N.xml: one file of the index (built by next-sitemap's getServerSideSitemap). */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const name = parseSitemapFileName((await params).file);
  const xml = name === undefined ? undefined : currentSitemapFileXml(name);
  if (!xml) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': SITEMAP_HEADERS['Cache-Control'] } });
  return withXMLResponse(await xml, SITEMAP_HEADERS);
}
