import { z } from 'zod';
import { CONSENT_VALUES, EMAIL_PATTERN, LEAD_ERROR_CODES, LEAD_FIELDS, LEAD_LIMITS, LEAD_TOPICS, PHONE_PATTERN, type LeadErrorCode, type LeadErrors, type LeadField } from '@/lib/leads/rules';

export * from '@/lib/leads/rules';

const text = (limits: { min: number; max: number }) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .min(limits.min, { error: 'tooShort' })
    .max(limits.max, { error: 'tooLong' });

/**
 * The one schema for a consulting request, built from lib/leads/rules.ts. The server validates with
 * it; the browser applies the same rules through `checkLead`. Input is what a form posts: strings,
 * checkbox "on" or absent.
 */
export const leadSchema = z.object({
  lang: z.enum(['de', 'en']),
  name: text(LEAD_LIMITS.name),
  company: text(LEAD_LIMITS.company),
  email: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(LEAD_LIMITS.email.max, { error: 'tooLong' })
    .pipe(z.email({ pattern: EMAIL_PATTERN, error: 'email' })),
  phone: z
    .string()
    .trim()
    .max(LEAD_LIMITS.phone.max, { error: 'tooLong' })
    .refine((v) => v === '' || PHONE_PATTERN.test(v), { error: 'phone' })
    .optional()
    .transform((v) => (v ? v : undefined)),
  topic: z.enum(LEAD_TOPICS, { error: 'topic' }),
  message: text(LEAD_LIMITS.message),
  consent: z.literal(CONSENT_VALUES, { error: 'consent' }),
});

export type LeadInput = z.infer<typeof leadSchema>;

export type LeadParseResult = { ok: true; data: LeadInput } | { ok: false; errors: LeadErrors };

/** Validates raw form values; returns the first error code per field. */
export function parseLead(input: Record<string, unknown>): LeadParseResult {
  const result = leadSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: LeadErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(LEAD_FIELDS as readonly string[]).includes(field)) continue;
    const key = field as LeadField;
    if (errors[key]) continue;
    // Missing values make zod report its own wording; map anything unknown to "required".
    errors[key] = ((LEAD_ERROR_CODES as readonly string[]).includes(issue.message) ? issue.message : 'required') as LeadErrorCode;
  }
  return { ok: false, errors };
}
