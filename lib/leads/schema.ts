import { z } from 'zod';

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

/** Error codes the schema produces; each has a message in consulting.json (errors.<code>). */
export type LeadErrorCode = 'required' | 'tooShort' | 'tooLong' | 'email' | 'phone' | 'topic' | 'consent';

const text = (limits: { min: number; max: number }) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .min(limits.min, { error: 'tooShort' })
    .max(limits.max, { error: 'tooLong' });

/**
 * The one schema for a consulting request: the server validates with it, the browser form checks
 * with it before sending. Input is what a form posts: strings, checkbox "on" or absent.
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
    .pipe(z.email({ error: 'email' })),
  phone: z
    .string()
    .trim()
    .max(LEAD_LIMITS.phone.max, { error: 'tooLong' })
    .refine((v) => v === '' || /^\+?[0-9 ()/.-]{5,}$/.test(v), { error: 'phone' })
    .optional()
    .transform((v) => (v ? v : undefined)),
  topic: z.enum(LEAD_TOPICS, { error: 'topic' }),
  message: text(LEAD_LIMITS.message),
  consent: z.literal(['on', 'true', 'yes'], { error: 'consent' }),
});

export type LeadInput = z.infer<typeof leadSchema>;
export type LeadErrors = Partial<Record<LeadField, LeadErrorCode>>;

export type LeadParseResult = { ok: true; data: LeadInput } | { ok: false; errors: LeadErrors };

const KNOWN_CODES: readonly string[] = ['required', 'tooShort', 'tooLong', 'email', 'phone', 'topic', 'consent'];

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
    errors[key] = (KNOWN_CODES.includes(issue.message) ? issue.message : 'required') as LeadErrorCode;
  }
  return { ok: false, errors };
}
