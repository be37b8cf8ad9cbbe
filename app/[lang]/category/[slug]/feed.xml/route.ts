import { notFound } from 'next/navigation';
import { categoryParams } from '@/components/listing/category-view';
import { isLocale } from '@/lib/i18n/settings';
import { categoryIdFromSlug } from '@/lib/routing/categories';
import { canonicalRedirect } from '@/lib/routing/redirects';
import { feedResponse } from '@/lib/seo/feeds';

// Written at build, then kept in the page cache: scripts/serve.mjs expires it when a scheduled
// article goes live (and at start-up); a shared cache keeps it 30-60 s (next.config.ts).
export const dynamic = 'force-static';
// Like the listings: fresh within 30 s of a publication even without the publication timer.
export const revalidate = 30;
// Other slugs reach the handler only to be redirected (old or other-language slug) or refused.
export const dynamicParams = true;

export function generateStaticParams() {
  return categoryParams();
}

/** /{lang}/category/{slug}/feed.xml: RSS 2.0 feed of one category. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; slug: string }> }): Promise<Response> {
  const { lang, slug } = await params;
  if (!isLocale(lang)) notFound();
  const id = categoryIdFromSlug(lang, slug);
  if (!id) {
    const target = canonicalRedirect(`/${lang}/category/${slug}/feed.xml`);
    if (target) return new Response(null, { status: 308, headers: { Location: target } });
    notFound();
  }
  return feedResponse({ lang, category: id }, 'rss');
}
