import { notFound } from 'next/navigation';
import { getCategories, getCategory } from '@/lib/content';
import { isLocale, locales } from '@/lib/i18n/settings';
import { feedResponse } from '@/lib/seo/feeds';

// Written at build, then kept in the page cache: scripts/serve.mjs expires it when a scheduled
// article goes live (and at start-up); a shared cache keeps it 30-60 s (next.config.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((lang) => getCategories(lang).map((c) => ({ lang, slug: c.slug })));
}

/** /{lang}/category/{slug}/feed.xml: RSS 2.0 feed of one category. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; slug: string }> }): Promise<Response> {
  const { lang, slug } = await params;
  if (!isLocale(lang) || !getCategory(slug)) notFound();
  return feedResponse({ lang, category: slug }, 'rss');
}
