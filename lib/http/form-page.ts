import 'server-only';
import { encodeFormState, FORM_STATE_HEADER, type FormState } from '@/lib/http/form-state';
import { selfOrigin } from '@/lib/http/socket';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { consultingRetryPath } from '@/lib/leads/paths';
import { LEAD_LIMITS, type LeadField } from '@/lib/leads/rules';
import { routes } from '@/lib/routes';

/*
 * Why the route handler fetches its own page. A form sent without JavaScript that cannot be stored
 * must come back as the form itself, filled in, with the errors next to their fields, inside the
 * site's layout, and with a status that says it failed (422, 429, 503). Next 16 has no single
 * feature for all four:
 * - A server action with useActionState and a permalink re-renders the page with what was sent,
 *   but its answer is always 200 (Next's action handler sets 200, 303, 401/403/404 via notFound()
 *   and friends, or 500; there is no API for another status), and it would be a second endpoint
 *   beside the JSON one.
 * - A route handler sets any status, but cannot render a page with its layout: that is the page
 *   renderer's job, which is only reachable through a request.
 * So the handler makes that request: it asks this same server (the address the connection reached,
 * from serve.mjs; never the Host header a sender chooses) for the dynamic form page and passes the
 * state in a private header, then answers the reader with that HTML and the right status. The page
 * reads nothing else from the request, renders every value as text, and is never cached
 * (dynamic: Cache-Control private, no-store). A reader who sends the header to the page by hand
 * only sees their own text. This costs one local request on the error path and nothing otherwise.
 */

const TIMEOUT_MS = 10_000;
/**
 * Node refuses requests whose headers exceed 16 KB. A full form of German or English text encodes
 * to under 7 KB; only thousands of random non-Latin characters come near the limit, and those get
 * the minimal page (their input is still in the browser's Back).
 */
const MAX_STATE_HEADER = 12 * 1024;

function origin(headers: Headers): string | undefined {
  // serve.mjs in front: its socket header. next dev / next start alone: the origin Next records.
  return selfOrigin(headers) ?? process.env.__NEXT_PRIVATE_ORIGIN;
}

/** The site's form page rendered with `state`, or a minimal page when this server cannot be asked. */
export async function formPageHtml(headers: Headers, lang: Locale, state: FormState): Promise<string> {
  const base = origin(headers);
  const encoded = encodeFormState(state);
  if (base && encoded.length <= MAX_STATE_HEADER) {
    try {
      const res = await fetch(`${base}${consultingRetryPath(lang)}`, {
        headers: { [FORM_STATE_HEADER]: encoded, accept: 'text/html' },
        cache: 'no-store',
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (res.status === 200) return await res.text();
      console.error(`consulting form: the form page answered ${res.status}; sending the minimal page`);
    } catch (error) {
      console.error(`consulting form: the form page could not be rendered (${error instanceof Error ? error.name : 'error'}); sending the minimal page`);
    }
  }
  return minimalPage(lang, state);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Last resort (the server could not render its own page): a short page in the reader's language
 * naming what to fix. The browser's Back button returns to the form with the input still in it.
 */
export function minimalPage(lang: Locale, state: FormState): string {
  const t = getT(lang, 'consulting');
  const title = t(`retry.${state.problem}Title`);
  const intro = state.problem === 'invalid' ? t('retry.invalidText') : t(`errors.${state.problem}`);
  const items = Object.entries(state.errors).map(([field, code]) => {
    const limits = field in LEAD_LIMITS ? LEAD_LIMITS[field as keyof typeof LEAD_LIMITS] : { min: '', max: '' };
    return `<li>${escapeHtml(t(`form.${field as LeadField}`))}: ${escapeHtml(t(`errors.${code}`, { min: limits.min, max: limits.max }))}</li>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(intro)}</p>`,
    items.length ? `<ul>${items.join('')}</ul>` : '',
    `<p>${escapeHtml(t('retry.back'))}</p><p><a href="${routes.consulting(lang)}">${escapeHtml(t('form.title'))}</a></p></main></body></html>`,
  ].join('');
}
