import { NextResponse, type NextRequest } from 'next/server';
import { getArticle } from '@/lib/content';
import { anonymousKey, berlinDay } from '@/lib/db/salt';
import { clientAddress } from '@/lib/http/client-address';
import { BodyTooLargeError, isSameOrigin, readBodyText } from '@/lib/http/request';
import { isLocale } from '@/lib/i18n/settings';
import { isBot } from '@/lib/reads/bots';
import { getStore } from '@/lib/store';
import { StoreUnavailableError } from '@/lib/store/types';

export const dynamic = 'force-dynamic';

const noContent = () => new NextResponse(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
const problem = (status: number, error: string) => NextResponse.json({ ok: false, error }, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * Counts one read per article, anonymous visitor and day. No cookie is read or set; the visitor is a
 * hash of IP and user agent with today's salt, which is deleted when the day is over.
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (!isSameOrigin(request)) return problem(403, 'forbidden');
  let body: string;
  try {
    body = await readBodyText(request, 1024);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return problem(413, 'tooLarge');
    throw error;
  }
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch {
    return problem(400, 'invalidJson');
  }
  const { lang, slug } = (input && typeof input === 'object' ? input : {}) as { lang?: unknown; slug?: unknown };
  if (!isLocale(lang) || typeof slug !== 'string' || slug.length > 200) return problem(400, 'invalidArticle');
  const article = getArticle(lang, slug);
  if (!article || article.status !== 'published') return problem(404, 'unknownArticle');

  const userAgent = request.headers.get('user-agent');
  // Bots get the same answer as people, so they learn nothing from the endpoint.
  if (isBot(userAgent)) return noContent();

  const store = getStore();
  const day = berlinDay(new Date());
  try {
    const salt = await store.reads.dailySalt(day);
    const visitor = anonymousKey(salt, 'read', clientAddress(request.headers), userAgent ?? '');
    await store.reads.record({ day, lang, slug, visitor });
  } catch (error) {
    // A read that cannot be counted is not worth an error page: the beacon learns to try later.
    if (error instanceof StoreUnavailableError) return problem(503, 'unavailable');
    throw error;
  }
  return noContent();
}
