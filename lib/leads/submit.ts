import { HONEYPOT_FIELD, parseLead, type LeadErrors } from '@/lib/leads/schema';
import type { LeadStore, SubmitContext } from '@/lib/leads/store';

export type SubmitResult =
  | { status: 'stored' | 'duplicate'; id: number }
  /** The honeypot was filled: answer like a success, store nothing. */
  | { status: 'ignored' }
  | { status: 'invalid'; errors: LeadErrors }
  | { status: 'rateLimited'; retryAfterMs: number };

/** Honeypot, validation, then dedupe + rate limit + durable insert in the store. */
export async function submitLead(store: LeadStore, raw: Record<string, unknown>, ctx: SubmitContext): Promise<SubmitResult> {
  const trap = raw[HONEYPOT_FIELD];
  if (typeof trap === 'string' && trap.trim() !== '') return { status: 'ignored' };
  const parsed = parseLead(raw);
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors };
  return store.submit(parsed.data, ctx);
}
