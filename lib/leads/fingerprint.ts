import { createHash } from 'node:crypto';
import type { LeadInput } from '@/lib/leads/schema';

/** How long an identical resubmission (double click, reload, retry) is treated as the same request. */
export const DEDUPE_WINDOW_MS = 60 * 1000;

const norm = (v: string | undefined) => (v ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Content hash of a request; equal for resubmissions that differ only in case or whitespace. */
export function leadFingerprint(lead: LeadInput): string {
  const parts = [lead.lang, lead.name, lead.company, lead.email, lead.phone, lead.topic, lead.message].map(norm);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
