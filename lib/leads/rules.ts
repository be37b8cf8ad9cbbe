/**
 * The rules of a consulting request as plain data, without zod: the server's zod schema
 * (lib/leads/schema.ts) is built from them, and the browser form checks with `checkLead`, so the
 * client bundle stays free of zod (budget) while both sides apply the same limits and patterns.
 * tests/unit/leads/rules.test.ts proves that `checkLead` and the schema agree.
 */

/** Topics offered in the request form; labels live in locales/<lang>/consulting.json (topics.<id>). */
export const LEAD_TOPICS = ['strategy', 'workshop', 'implementation', 'training', 'compliance', 'other'] as const;
export type LeadTopic = (typeof LEAD_TOPICS)[number];

/** Size limits per field (characters), shared by the schema, the form's maxLength and the messages. */
export const LEAD_LIMITS = {
  name: { min: 2, max: 100 },
  company: { min: 2, max: 150 },
  email: { min: 3, max: 254 },
  phone: { min: 5, max: 40 },
  message: { min: 10, max: 5000 },
} as const;

/** The honeypot: invisible to people, tempting for bots. A filled value means "drop silently". */
export const HONEYPOT_FIELD = 'website';

export const LEAD_FIELDS = ['name', 'company', 'email', 'phone', 'topic', 'message', 'consent'] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

/** Error codes; each has a message in consulting.json (errors.<code>). */
export const LEAD_ERROR_CODES = ['required', 'tooShort', 'tooLong', 'email', 'phone', 'topic', 'consent'] as const;
export type LeadErrorCode = (typeof LEAD_ERROR_CODES)[number];
export type LeadErrors = Partial<Record<LeadField, LeadErrorCode>>;

/** zod's own e-mail pattern (z.regexes.email), so both sides accept exactly the same addresses. */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
export const PHONE_PATTERN = /^\+?[0-9 ()/.-]{5,}$/;
export const CONSENT_VALUES = ['on', 'true', 'yes'] as const;

type Values = Record<string, string | undefined>;

function text(value: string | undefined, limits: { min: number; max: number }): LeadErrorCode | undefined {
  const v = (value ?? '').trim();
  if (v === '') return 'required';
  if (v.length < limits.min) return 'tooShort';
  if (v.length > limits.max) return 'tooLong';
  return undefined;
}

/** First error per field, exactly as the server's schema would report it. */
export function checkLead(values: Values): LeadErrors {
  const errors: LeadErrors = {};
  const set = (field: LeadField, code: LeadErrorCode | undefined) => {
    if (code) errors[field] = code;
  };
  set('name', text(values.name, LEAD_LIMITS.name));
  set('company', text(values.company, LEAD_LIMITS.company));
  const email = (values.email ?? '').trim();
  set('email', email === '' ? 'required' : email.length > LEAD_LIMITS.email.max ? 'tooLong' : EMAIL_PATTERN.test(email) ? undefined : 'email');
  const phone = (values.phone ?? '').trim();
  set('phone', phone.length > LEAD_LIMITS.phone.max ? 'tooLong' : phone !== '' && !PHONE_PATTERN.test(phone) ? 'phone' : undefined);
  set('topic', (LEAD_TOPICS as readonly string[]).includes(values.topic ?? '') ? undefined : 'topic');
  set('message', text(values.message, LEAD_LIMITS.message));
  set('consent', (CONSENT_VALUES as readonly string[]).includes(values.consent ?? '') ? undefined : 'consent');
  return errors;
}
