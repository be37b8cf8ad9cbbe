import { DEDUPE_WINDOW_MS, leadFingerprint } from '@/lib/leads/fingerprint';
import { HONEYPOT_FIELD, parseLead, type LeadErrors, type LeadInput } from '@/lib/leads/schema';
import { PRIVACY_TEXT_VERSION } from '@/lib/leads/privacy';
import type { DeliveryChannel, LeadOrigin, LeadRepository, SubmitContext } from '@/lib/store/types';

export type SubmitResult =
  | { status: 'stored' | 'duplicate'; id: number }
  /** The honeypot was filled: answer like a success, store nothing. */
  | { status: 'ignored' }
  | { status: 'invalid'; errors: LeadErrors }
  | { status: 'rateLimited'; retryAfterMs: number };

export interface SubmitOptions extends SubmitContext {
  origin?: LeadOrigin;
  /** Notifications to queue with the request (lib/leads/channels.ts); default: e-mail only. */
  channels?: DeliveryChannel[];
}

/** Honeypot and validation: what can be decided without the store. */
export function screenLead(raw: Record<string, unknown>): Exclude<SubmitResult, { id: number } | { status: 'rateLimited' }> | { status: 'valid'; data: LeadInput } {
  const trap = raw[HONEYPOT_FIELD];
  if (typeof trap === 'string' && trap.trim() !== '') return { status: 'ignored' };
  const parsed = parseLead(raw);
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors };
  return { status: 'valid', data: parsed.data };
}

/**
 * The business rules of a valid request, once for every store: fingerprint and dedupe window,
 * consent with the privacy-text version, the notifications to queue; the store then dedupes,
 * applies the rate limit and writes request, rate event and outbox rows in one durable transaction.
 */
export function storeLead(leads: LeadRepository, data: LeadInput, options: SubmitOptions): Promise<SubmitResult> {
  const { origin = {}, channels = ['email'], ...ctx } = options;
  // NUL characters mean nothing in a form and PostgreSQL text cannot hold them: drop them for every store alike.
  const input = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\u0000/g, '') : v])) as LeadInput;
  return leads.submit(
    {
      input,
      fingerprint: leadFingerprint(input),
      dedupeWindowMs: DEDUPE_WINDOW_MS,
      origin,
      consent: { at: ctx.now, privacyVersion: PRIVACY_TEXT_VERSION },
      channels,
    },
    ctx,
  );
}

/** Honeypot, validation, then dedupe + rate limit + durable insert with its outbox rows. */
export async function submitLead(leads: LeadRepository, raw: Record<string, unknown>, options: SubmitOptions): Promise<SubmitResult> {
  const screened = screenLead(raw);
  return screened.status === 'valid' ? storeLead(leads, screened.data, options) : screened;
}
