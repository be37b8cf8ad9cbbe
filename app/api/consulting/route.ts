import { NextResponse, type NextRequest } from 'next/server';
import { clientAddress } from '@/lib/http/client-address';
import { formPageHtml } from '@/lib/http/form-page';
import { pickFormValues, type FormProblem, type FormState } from '@/lib/http/form-state';
import { ORIGIN_PARAM, originFromReferer, siteOrigin } from '@/lib/http/origin';
import { BodyTooLargeError, isSameOrigin, parseFields, readBodyText } from '@/lib/http/request';
import { isLocale, defaultLocale, type Locale } from '@/lib/i18n/settings';
import { acceptLead, type AcceptResult } from '@/lib/leads/accept';
import { consultingSentPath } from '@/lib/leads/paths';
import { siteConfig } from '@/lib/site';

/*
 * One endpoint for the plain HTML form and the enhanced one (JSON, Accept: application/json).
 * Route handler rather than a server action: only a handler can answer with real status codes
 * (422 invalid, 429 rate-limited, 503 database down). A plain form that cannot be stored is
 * answered with the form page itself, filled in with what was sent (lib/http/form-page.ts explains
 * how); a stored one with a 303 to the confirmation page. Nothing is stored unless acceptLead
 * stores it, and it stores only valid requests.
 */
export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 16 * 1024;
/** What the reader is told to wait when the database is down: long enough for a restart, short enough to try again. */
const UNAVAILABLE_RETRY_S = 30;

const NO_STORE = { 'Cache-Control': 'no-store' };

function wantsJson(request: NextRequest): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

type Failure = { problem: FormProblem; status: 422 | 429 | 503; retryAfter?: number };

function failure(result: AcceptResult): Failure | undefined {
  switch (result.status) {
    case 'invalid':
      return { problem: 'invalid', status: 422 };
    case 'rateLimited':
      return { problem: 'rateLimited', status: 429, retryAfter: Math.ceil(result.retryAfterMs / 1000) };
    case 'unavailable':
      return { problem: 'unavailable', status: 503, retryAfter: UNAVAILABLE_RETRY_S };
    default:
      return undefined;
  }
}

export async function POST(request: NextRequest): Promise<Response> {
  const json = wantsJson(request);
  if (!isSameOrigin(request)) return NextResponse.json({ ok: false, error: 'forbidden' }, { status: 403, headers: NO_STORE });
  let body: string;
  try {
    body = await readBodyText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return NextResponse.json({ ok: false, error: 'tooLarge' }, { status: 413, headers: NO_STORE });
    throw error;
  }
  const fields = parseFields(request.headers.get('content-type'), body);
  if (!fields) return NextResponse.json({ ok: false, error: 'unsupportedMediaType' }, { status: 415, headers: NO_STORE });
  const lang: Locale = isLocale(fields.lang) ? fields.lang : defaultLocale;
  // The hidden field (filled from ?from= or the referrer by the form's script), else the query of the
  // consulting page named in Referer (a form without JavaScript).
  const from = fields[ORIGIN_PARAM] || originFromReferer(request.headers.get('referer'), siteConfig.url, request.headers.get('x-forwarded-host') ?? request.headers.get('host'));
  const origin = siteOrigin(from);

  const result = await acceptLead({ fields: { ...fields, lang }, clientAddress: clientAddress(request.headers), origin, now: Date.now() });
  const failed = failure(result);

  if (json) {
    if (!failed) return NextResponse.json({ ok: true }, { status: result.status === 'stored' ? 201 : 200, headers: NO_STORE });
    const errors = result.status === 'invalid' ? { errors: result.errors } : {};
    const retry = failed.retryAfter ? { retryAfter: failed.retryAfter } : {};
    return NextResponse.json(
      { ok: false, error: failed.problem, ...errors, ...retry },
      { status: failed.status, headers: { ...NO_STORE, ...(failed.retryAfter ? { 'Retry-After': String(failed.retryAfter) } : {}) } },
    );
  }

  if (!failed) {
    // 303: the browser follows with GET, so a reload of the result page never re-posts the form.
    // A relative Location stays correct behind proxies that rewrite the host.
    return new NextResponse(null, { status: 303, headers: { Location: consultingSentPath(lang), ...NO_STORE } });
  }
  const state: FormState = {
    problem: failed.problem,
    values: { ...pickFormValues(fields), ...(origin.path ? { from: origin.path } : {}) },
    errors: result.status === 'invalid' ? result.errors : {},
  };
  const html = await formPageHtml(request.headers, lang, state);
  return new NextResponse(html, {
    status: failed.status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...NO_STORE, ...(failed.retryAfter ? { 'Retry-After': String(failed.retryAfter) } : {}) },
  });
}
