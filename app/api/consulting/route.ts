import { NextResponse, type NextRequest } from 'next/server';
import { BodyTooLargeError, isSameOrigin, parseFields, readBodyText } from '@/lib/db/request';
import { clientAddress } from '@/lib/db/salt';
import { isLocale, defaultLocale, type Locale } from '@/lib/i18n/settings';
import { consultingRetryPath, consultingSentPath } from '@/lib/leads/paths';
import { acceptLead } from '@/lib/leads/accept';
import type { SubmitResult } from '@/lib/leads/submit';

// Route handler rather than a server action: only a handler can answer 400/429 with real status
// codes, and the same endpoint serves the plain HTML form (303 redirects) and the enhanced form (JSON).
export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 16 * 1024;

function wantsJson(request: NextRequest): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

function jsonResponse(result: SubmitResult): NextResponse {
  const headers = { 'Cache-Control': 'no-store' };
  switch (result.status) {
    case 'stored':
    case 'duplicate':
    case 'ignored':
      return NextResponse.json({ ok: true }, { status: result.status === 'stored' ? 201 : 200, headers });
    case 'invalid':
      return NextResponse.json({ ok: false, error: 'invalid', errors: result.errors }, { status: 400, headers });
    case 'rateLimited': {
      const retryAfter = Math.ceil(result.retryAfterMs / 1000);
      return NextResponse.json({ ok: false, error: 'rateLimited', retryAfter }, { status: 429, headers: { ...headers, 'Retry-After': String(retryAfter) } });
    }
  }
}

function redirectResponse(lang: Locale, result: SubmitResult): NextResponse {
  let path: string;
  if (result.status === 'invalid') path = consultingRetryPath(lang, 'invalid', result.errors);
  else if (result.status === 'rateLimited') path = consultingRetryPath(lang, 'rateLimited');
  else path = consultingSentPath(lang);
  // 303: the browser follows with GET, so a reload of the result page never re-posts the form.
  // A relative Location stays correct behind proxies that rewrite the host.
  return new NextResponse(null, { status: 303, headers: { Location: path, 'Cache-Control': 'no-store' } });
}

export async function POST(request: NextRequest): Promise<Response> {
  const json = wantsJson(request);
  if (!isSameOrigin(request)) return NextResponse.json({ ok: false, error: 'forbidden' }, { status: 403 });
  let body: string;
  try {
    body = await readBodyText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return NextResponse.json({ ok: false, error: 'tooLarge' }, { status: 413 });
    throw error;
  }
  const fields = parseFields(request.headers.get('content-type'), body);
  if (!fields) return NextResponse.json({ ok: false, error: 'unsupportedMediaType' }, { status: 415 });
  const lang: Locale = isLocale(fields.lang) ? fields.lang : defaultLocale;

  const result = await acceptLead({ fields: { ...fields, lang }, clientAddress: clientAddress(request.headers), origin: {}, now: Date.now() });
  if (result.status === 'unavailable') return NextResponse.json({ ok: false, error: 'unavailable' }, { status: 503, headers: { 'Retry-After': '30' } });
  return json ? jsonResponse(result) : redirectResponse(lang, result);
}
