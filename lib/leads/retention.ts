/**
 * How long consulting requests are kept (DSGVO: no longer than needed): LEADS_RETENTION_DAYS,
 * default 180. Used by `npm run leads -- purge`, the automatic purge in the server and the
 * Datenschutz page, so the page states what the purge does (the page is prerendered: set the
 * variable at build time as well as at run time).
 */
export const DEFAULT_RETENTION_DAYS = 180;

export function retentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.LEADS_RETENTION_DAYS?.trim();
  if (!value) return DEFAULT_RETENTION_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1) throw new Error(`LEADS_RETENTION_DAYS: found "${value}", expected a whole number of days (1 or more)`);
  return days;
}

/** Requests created before this moment (ms epoch) are due for deletion. */
export function retentionCutoff(now: number, days = retentionDays()): number {
  return now - days * 24 * 60 * 60 * 1000;
}
