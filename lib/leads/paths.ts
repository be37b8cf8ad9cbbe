import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/i18n/settings';

/** Endpoint the consulting form posts to (plain form and JS-enhanced). */
export const CONSULTING_ENDPOINT = '/api/consulting';

/**
 * The consulting page for a reader coming from `from` (a site path, e.g. the article being read):
 * the form posts it back as the request's origin. Slashes stay readable in the query.
 */
export function consultingPathFrom(lang: Locale, from: string): string {
  return `${routes.consulting(lang)}?from=${from.split('/').map(encodeURIComponent).join('/')}`;
}

/** Confirmation page after a stored request (static). */
export function consultingSentPath(lang: Locale): string {
  return `${routes.consulting(lang)}/sent`;
}

/**
 * The form page for a submission that came back (invalid, rate-limited, database down): rendered
 * with what the reader sent, which reaches it in a private header (lib/http/form-page.ts), never
 * in the URL. Opened directly it shows the empty form.
 */
export function consultingRetryPath(lang: Locale): string {
  return `${routes.consulting(lang)}/retry`;
}
