import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/i18n/settings';
import { LEAD_ERROR_CODES, LEAD_FIELDS, type LeadErrorCode, type LeadErrors, type LeadField } from '@/lib/leads/rules';

/** Endpoint the consulting form posts to (plain form and JS-enhanced). */
export const CONSULTING_ENDPOINT = '/api/consulting';

/** Confirmation page after a stored request (static). */
export function consultingSentPath(lang: Locale): string {
  return `${routes.consulting(lang)}/sent`;
}

export type RetryReason = 'invalid' | 'rateLimited' | 'error';

/** Page that explains a failed submission without JavaScript; carries error codes, never values. */
export function consultingRetryPath(lang: Locale, reason: RetryReason, errors: LeadErrors = {}): string {
  const params = new URLSearchParams({ reason });
  const e = Object.entries(errors).map(([field, code]) => `${field}:${code}`).join(',');
  if (e) params.set('e', e);
  return `${routes.consulting(lang)}/retry?${params.toString()}`;
}

/** Reads the error codes back from the retry URL, ignoring anything unknown. */
export function parseRetryErrors(value: string | undefined): LeadErrors {
  const errors: LeadErrors = {};
  for (const pair of (value ?? '').split(',').slice(0, LEAD_FIELDS.length)) {
    const [field, code] = pair.split(':');
    if (field && code && (LEAD_FIELDS as readonly string[]).includes(field) && (LEAD_ERROR_CODES as readonly string[]).includes(code)) {
      errors[field as LeadField] = code as LeadErrorCode;
    }
  }
  return errors;
}
