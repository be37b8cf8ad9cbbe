import type { FormProblem } from '@/lib/http/form-state';
import type { LeadErrors, LeadField } from '@/lib/leads/rules';

/*
 * What the server's form markup (consulting-form-section.tsx) and the browser's wrapper
 * (consulting-form.tsx) must agree on. A plain module: a 'use client' module would give the server
 * only references, not functions it can call.
 */

/** The notice above the fields, by its key in errors.*: why the request was not stored. */
export type NoticeCode = 'summary' | 'rateLimited' | 'unavailable' | 'network';

/** The notice for a form that came back from the server. */
export function noticeFor(problem: FormProblem): NoticeCode {
  return problem === 'invalid' ? 'summary' : problem;
}

/** id of the paragraph that holds a field's message. */
export const errorSlotId = (field: LeadField) => `${field}-error`;

/** Fields with a hint that always describes them (besides a message, when there is one). */
const HINTS: Partial<Record<LeadField, string>> = { message: 'message-hint' };

/** aria-invalid and aria-describedby of a field, given the current errors. */
export function fieldA11y(field: LeadField, errors: LeadErrors): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const describedBy = [errors[field] ? errorSlotId(field) : '', HINTS[field] ?? ''].filter(Boolean).join(' ');
  return { ...(errors[field] ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
}
