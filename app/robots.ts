import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';

/** /robots.txt: everything public may be crawled; the sitemap index and the news sitemap are named. */
export default function robots(): MetadataRoute.Robots {
  return {
    // Search result pages stay crawlable so crawlers can read their noindex.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  };
}
