import { NextResponse, type NextRequest } from 'next/server';
import { isLocale } from '@/lib/i18n/settings';
import { getPopularArticles } from '@/lib/popular';

export const dynamic = 'force-dynamic';

/**
 * "Beliebte Artikel" of this instance as JSON (`?lang=de`): the same list the sidebar renders, from
 * the same in-process snapshot (never a database query per request). Lets operators and the
 * multi-instance test compare instances.
 */
export function GET(request: NextRequest): Response {
  const lang = request.nextUrl.searchParams.get('lang');
  if (!isLocale(lang)) return NextResponse.json({ ok: false, error: 'unknownLanguage' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const articles = getPopularArticles(lang, 6).map((a) => ({ slug: a.slug, title: a.title }));
  return NextResponse.json({ lang, articles }, { headers: { 'Cache-Control': 'no-store' } });
}
