/**
 * Version of the privacy text (locales/{de,en}/legal.json, section "privacy") that a reader agrees
 * to when sending the consulting form. Stored with each request's consent (consent.privacyVersion),
 * so it can later be shown which wording a consent referred to. Bump it (the date of the change)
 * whenever the privacy text changes in substance; the Datenschutz page shows it.
 */
export const PRIVACY_TEXT_VERSION = '2026-12-02';

/** Default of LEADS_RETENTION_DAYS: requests are deleted this many days after they arrived. */
export const DEFAULT_RETENTION_DAYS = 180;

/**
 * How long consulting requests are kept (LEADS_RETENTION_DAYS, whole days, default 180). The purge
 * and the Datenschutz page read it here, so the page states what the purge does; the page is
 * prerendered, so set the variable at build time as well as at run time.
 */
export function leadRetentionDays(value: string | undefined = process.env.LEADS_RETENTION_DAYS): number {
  if (value === undefined || value.trim() === '') return DEFAULT_RETENTION_DAYS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 3650) {
    throw new Error(`LEADS_RETENTION_DAYS: found "${value}", expected a whole number of days from 1 to 3650`);
  }
  return n;
}
