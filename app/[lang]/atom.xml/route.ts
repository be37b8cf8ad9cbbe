import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/lib/i18n/settings';
import { feedResponse } from '@/lib/seo/feeds';

// Written at build, then kept in the page cache: scripts/serve.mjs expires it when a scheduled
// article goes live (and at start-up); a shared cache keeps it 30-60 s (next.config.ts).
export const dynamic = 'force-static';
// Like the listings: fresh within 30 s of a publication even without the publication timer.
export const revalidate = 30;
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

/** /{lang}/atom.xml: Atom 1.0 feed of the newest articles of a language. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }): Promise<Response> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return feedResponse({ lang }, 'atom');
}
