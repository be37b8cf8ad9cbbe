import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { LEAD_ERROR_CODES, LEAD_FIELDS, LEAD_LIMITS, type LeadErrors, type LeadField } from '@/lib/leads/rules';

/*
 * A consulting form that came back: what the reader sent, what is wrong with it and why it was not
 * stored. The route handler hands it to the page that renders the form again
 * (app/[lang]/consulting/retry) in a private request header; see lib/http/form-page.ts for why.
 * Nothing of it is ever stored.
 */

export const FORM_STATE_HEADER = 'x-technow-form-state';

/** Why the form came back: wrong input (422), too many requests (429), database down (503). */
export const FORM_PROBLEMS = ['invalid', 'rateLimited', 'unavailable'] as const;
export type FormProblem = (typeof FORM_PROBLEMS)[number];

/** The fields a reader fills in (the honeypot is never echoed), plus the hidden origin. */
export const FORM_VALUE_FIELDS = ['name', 'company', 'email', 'phone', 'topic', 'message', 'consent', 'from'] as const;
export type FormValueField = (typeof FORM_VALUE_FIELDS)[number];
export type FormValues = Partial<Record<FormValueField, string>>;

export interface FormState {
  problem: FormProblem;
  values: FormValues;
  errors: LeadErrors;
}

/** Longest value kept per field: the form's own maxLength (longer input only comes from scripts). */
function limit(field: FormValueField): number {
  if (field === 'topic' || field === 'consent') return 40;
  if (field === 'from') return 300;
  return LEAD_LIMITS[field].max;
}

/** The values worth sending back, as strings and no longer than the form allows. */
export function pickFormValues(fields: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of FORM_VALUE_FIELDS) {
    const v = fields[field];
    if (typeof v === 'string' && v !== '') values[field] = v.slice(0, limit(field));
  }
  return values;
}

/** Header value: JSON, deflated (a long message stays well inside Node's 16 KB header limit), base64url. */
export function encodeFormState(state: FormState): string {
  return deflateRawSync(Buffer.from(JSON.stringify(state), 'utf8')).toString('base64url');
}

/** Reads a header value back, keeping only known problems, fields and error codes; undefined if unreadable. */
export function decodeFormState(value: string | null | undefined): FormState | undefined {
  if (!value || value.length > 32 * 1024) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(inflateRawSync(Buffer.from(value, 'base64url'), { maxOutputLength: 64 * 1024 }).toString('utf8'));
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const { problem, values, errors } = raw as Record<string, unknown>;
  if (!(FORM_PROBLEMS as readonly unknown[]).includes(problem)) return undefined;
  const cleanErrors: LeadErrors = {};
  if (errors && typeof errors === 'object') {
    for (const [field, code] of Object.entries(errors)) {
      if ((LEAD_FIELDS as readonly string[]).includes(field) && (LEAD_ERROR_CODES as readonly unknown[]).includes(code)) {
        cleanErrors[field as LeadField] = code as LeadErrors[LeadField];
      }
    }
  }
  return { problem: problem as FormProblem, values: values && typeof values === 'object' ? pickFormValues(values as Record<string, unknown>) : {}, errors: cleanErrors };
}
