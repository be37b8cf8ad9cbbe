import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/i18n/settings';

/** Endpoint the consulting form posts to (plain form and JS-enhanced). */
export const CONSULTING_ENDPOINT = '/api/consulting';

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
