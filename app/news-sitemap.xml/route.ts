import { getAllArticles } from '@/lib/content';
import { locales } from '@/lib/i18n/settings';
import { buildNewsSitemapXml } from '@/lib/seo/sitemap';

// Answered on each request: articles enter and leave the 48-hour window without a rebuild.
export const dynamic = 'force-dynamic';

/** /news-sitemap.xml: Google News sitemap of both languages. */
export function GET(): Response {
  const xml = buildNewsSitemapXml(
    locales.flatMap((l) => getAllArticles(l)),
    new Date(),
  );
  return new Response(xml, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, must-revalidate' },
  });
}
