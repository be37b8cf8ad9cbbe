import { z } from 'zod';

/** Slugs: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(SLUG_PATTERN, 'a slug of lower-case letters, digits and single hyphens');

const nonEmpty = (max: number) => z.string().trim().min(1, 'a non-empty string').max(max, `at most ${max} characters`);

const localized = <T extends z.ZodType>(schema: T) => z.object({ de: schema, en: schema });

/**
 * A date-time as written by an editor. gray-matter turns an unquoted YAML date into a Date, so both
 * forms are accepted here; the loader normalises them to ISO 8601 with an offset (Europe/Berlin
 * where no zone is given).
 */
export const dateInput = z.union([
  z.date({ error: 'a valid date' }),
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
      'a date like 2024-08-28 or a date-time like 2024-08-28T09:30 or 2024-08-28T09:30:00+02:00',
    ),
]);

const keyFact = z.object({
  label: nonEmpty(40),
  text: nonEmpty(300),
});

const httpUrl = z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL' });

/** Article front matter, exactly as an editor writes it. */
export const articleFrontmatterSchema = z.strictObject({
  title: nonEmpty(140),
  description: z
    .string()
    .trim()
    .min(50, 'a meta description of 50 to 160 characters')
    .max(160, 'a meta description of 50 to 160 characters'),
  lead: nonEmpty(600).optional(),
  date: dateInput,
  updated: dateInput.optional(),
  authors: z.array(slug).min(1, 'at least one author slug'),
  category: slug,
  tags: z.array(z.string().trim().regex(/^[\p{L}\p{N}]+$/u, 'a hashtag of letters and digits without #')).min(1, 'at least one tag').max(12, 'at most 12 tags'),
  keyFacts: z.array(keyFact).min(3, '3 to 7 key facts').max(7, '3 to 7 key facts'),
  source: z.strictObject({ title: nonEmpty(200), url: httpUrl }).optional(),
  // Width and height are read from the image file (lib/content/load.ts). Older files still carry
  // them; they are accepted when they match the file, so a stale value cannot mislead the layout.
  cover: z
    .strictObject({
      src: z.string().regex(/^\/images\/[\w\-./]+\.(?:png|jpe?g|webp|avif)$/, 'a path under /images/ ending in .png, .jpg, .webp or .avif'),
      alt: nonEmpty(200),
      width: z.int().positive().optional(),
      height: z.int().positive().optional(),
    })
    .optional(),
  translationKey: slug,
  draft: z.boolean().default(false),
  featured: z.boolean().default(false),
});
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** Author profile (content/authors/<slug>.md, front matter only). */
export const authorSchema = z.strictObject({
  name: nonEmpty(80),
  role: localized(nonEmpty(80)),
  bio: localized(nonEmpty(600)),
  avatar: z.string().regex(/^\/images\/authors\/[\w\-.]+\.(?:png|jpe?g|webp|svg)$/, 'a path under /images/authors/').optional(),
  social: z
    .array(z.strictObject({ network: z.enum(['linkedin', 'xing', 'x', 'github', 'website', 'mastodon']), url: httpUrl }))
    .default([]),
});
export type AuthorInput = z.infer<typeof authorSchema>;

/** Category (content/categories/<slug>.md, front matter only). */
export const categorySchema = z.strictObject({
  name: localized(nonEmpty(40)),
  description: localized(nonEmpty(300)),
  order: z.int().min(0).default(100),
  /** URL slug per language (`/en/category/research`); a language left out uses the file name. */
  slugs: z.strictObject({ de: slug.optional(), en: slug.optional() }).optional(),
});
export type CategoryInput = z.infer<typeof categorySchema>;

