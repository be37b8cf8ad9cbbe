import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/lib/i18n/settings';
import { feedResponse } from '@/lib/seo/feeds';

// Written once at build; a content change ships with the next build like every page.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

/** /{lang}/feed.xml: RSS 2.0 feed of the newest articles of a language. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }): Promise<Response> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return feedResponse({ lang }, 'rss');
}
