import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { cleanQuery, OVERLAY_RESULTS, searchArticles } from '@/lib/search';
import { presentHit } from '@/lib/search/present';
import type { SearchApiResponse } from '@/lib/search/types';

/**
 * Results for the search overlay: GET /api/search?lang=de&q=… → JSON. Same engine and index as the
 * results page. Any query gets a normal answer (capped, cleaned); only an unknown language is a 400.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const lang = params.get('lang');
  if (!isLocale(lang)) {
    return Response.json({ error: 'lang must be one of: de, en' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  const { text } = cleanQuery(params.get('q'));
  const result = await searchArticles(lang, text, { perPage: OVERLAY_RESULTS });
  const t = getT(lang, 'search');
  const body: SearchApiResponse = {
    query: text,
    total: result.total,
    countText: t('overlay.results', { count: result.total }),
    hits: result.hits.map((hit) => presentHit(hit, lang)),
  };
  return Response.json(body, {
    // Results change when a scheduled article goes live: a shared cache may absorb bursts of
    // identical queries, but never hold an answer longer than the 60 s promised to editors.
    headers: { 'Cache-Control': 'public, max-age=0, s-maxage=30, stale-while-revalidate=30', 'X-Robots-Tag': 'noindex' },
  });
}
