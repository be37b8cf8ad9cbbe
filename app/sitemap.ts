import type { MetadataRoute } from 'next';
import { getPublicPages } from '@/lib/seo/pages';
import { buildSitemapEntries } from '@/lib/seo/sitemap';

/** /sitemap.xml, prerendered at build: every public page in both languages with hreflang alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemapEntries(getPublicPages());
}
