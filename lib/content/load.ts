import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { imageSize } from 'image-size';
import type { z } from 'zod';
import { articleFrontmatterSchema, authorSchema, categorySchema, SLUG_PATTERN, type ArticleFrontmatter } from '@/lib/content/schema';
import { normaliseDateTime } from '@/lib/content/dates';
import { countWords, readingMinutes } from '@/lib/content/words';
import { scanMarkdown } from '@/lib/content/scan';
import { tagSlug } from '@/lib/content/slug';
import { isTemplateText, templateTextInBody } from '@/lib/content/template';
import type { ArticleMeta, Author, Category, Cover, PublicationStatus } from '@/lib/content/types';
import { isLocale, locales, type Locale } from '@/lib/i18n/settings';
import { siteConfig } from '@/lib/site';

/** One problem in one file, phrased for the editor who has to fix it. */
export interface ContentIssue {
  file: string;
  field: string;
  found: string;
  expected: string;
}

export interface LoadedContent {
  /** Every valid article (drafts and scheduled ones too), newest first; bodies stay in their files (readArticleBody). */
  articles: ArticleMeta[];
  /** Plain text of each article's body, by "lang/slug": what the search index needs, never re-read from Markdown. */
  texts: Map<string, string>;
  authors: Map<string, Author>;
  categories: Map<string, Category>;
  issues: ContentIssue[];
}

export interface LoadOptions {
  contentDir: string;
  publicDir: string;
  /** Reference time for scheduling; articles dated later are "scheduled". */
  now?: Date;
}

/** "path: field: found …, expected …" */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: found ${issue.found}, expected ${issue.expected}`;
}

export class ContentValidationError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`Invalid content (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentValidationError';
  }
}

/**
 * Recognises the error by shape, not by `instanceof`: Next bundles server code per layer, so the
 * class a page throws and the class a layout imports can be two copies of the same module.
 */
export function isContentValidationError(error: unknown): error is ContentValidationError {
  return error instanceof Error && error.name === 'ContentValidationError' && Array.isArray((error as Partial<ContentValidationError>).issues);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString()}`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  const json = JSON.stringify(value);
  if (json === undefined) return typeof value;
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

function valueAt(data: unknown, pathParts: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of pathParts) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function zodIssues(file: string, data: unknown, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(front matter)';
    if (issue.code === 'unrecognized_keys') {
      return { file, field: issue.keys.join(', '), found: 'an unknown field', expected: 'only the documented front-matter fields (see README)' };
    }
    const found = valueAt(data, issue.path);
    let expected = issue.message;
    if (issue.code === 'invalid_type') {
      const kind = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping of fields' : `a ${issue.expected}`;
      expected = found === undefined ? `${kind} (required field)` : kind;
    } else if (issue.code === 'invalid_union' && found === undefined) {
      expected = 'a date or date-time (required field)';
    }
    return { file, field, found: describe(found), expected };
  });
}

// Every path here derives from the content folder, a runtime parameter (CONTENT_DIR): the
// turbopackIgnore comments keep the build from guessing it and tracing every "*/articles/*/*" file
// of the project (tests/fixtures included) into the standalone output. content/ itself is shipped
// through outputFileTracingIncludes in next.config.ts.

/** Walks a folder recursively and returns the Markdown files, sorted for stable output. */
function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(/*turbopackIgnore: true*/ dir, entry.name);
    if (entry.isDirectory()) out.push(...listMarkdown(full));
    else if (entry.isFile() && entry.name.endsWith('.md')) out.push(full);
  }
  return out.sort();
}

const FRONT_MATTER_OPEN = /^\uFEFF?---([^\n]*)\n/;

// gray-matter would evaluate `---js` front matter; every engine but YAML is refused outright.
const refuse = (name: string) => () => {
  throw new Error(`front matter language "${name}" is not allowed`);
};
export const MATTER_OPTIONS = {
  engines: { js: refuse('js'), javascript: refuse('javascript'), coffee: refuse('coffee'), coffeescript: refuse('coffeescript'), json: refuse('json'), toml: refuse('toml') },
};

interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  raw: string;
}

function parseFile(file: string, rel: string, issues: ContentIssue[]): ParsedFile | undefined {
  const raw = fs.readFileSync(file, 'utf8');
  const open = FRONT_MATTER_OPEN.exec(raw);
  if (!open) {
    issues.push({ file: rel, field: '(front matter)', found: 'no front matter', expected: 'a YAML block between "---" lines at the top of the file' });
    return undefined;
  }
  const language = (open[1] ?? '').trim();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    issues.push({ file: rel, field: '(front matter)', found: `"---${language}" front matter`, expected: 'YAML front matter opened by a plain "---" line' });
    return undefined;
  }
  try {
    const parsed = matter(raw, MATTER_OPTIONS);
    const data = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      issues.push({ file: rel, field: '(front matter)', found: describe(data), expected: 'a YAML mapping of fields' });
      return undefined;
    }
    return { data: data as Record<string, unknown>, body: parsed.content, raw };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    issues.push({ file: rel, field: '(front matter)', found: `YAML that does not parse (${reason})`, expected: 'valid YAML' });
    return undefined;
  }
}

/**
 * gray-matter (js-yaml) turns an unquoted date into a Date in UTC, losing the editor's intent that
 * times without a zone mean Berlin. The written text is recovered from the front matter instead.
 */
function rawScalar(raw: string, field: string): string | undefined {
  const end = raw.indexOf('\n---', 3);
  const block = end === -1 ? raw : raw.slice(0, end);
  const m = new RegExp(`^${field}:[ \\t]*['"]?([^'"#\\n]+?)['"]?[ \\t]*(?:#.*)?$`, 'm').exec(block);
  return m?.[1];
}

function normaliseDateField(raw: string, value: unknown, field: string, rel: string, issues: ContentIssue[]): string | undefined {
  const text = value instanceof Date ? rawScalar(raw, field) ?? value.toISOString() : String(value);
  const iso = normaliseDateTime(text, siteConfig.timeZone);
  if (!iso) issues.push({ file: rel, field, found: describe(text), expected: 'a real calendar date such as 2024-08-28 or 2024-08-28T09:30' });
  return iso;
}

function loadAuthors(dir: string, root: string, issues: ContentIssue[]): Map<string, Author> {
  const out = new Map<string, Author>();
  for (const file of listMarkdown(dir)) {
    const rel = path.relative(root, file);
    const slug = path.basename(file, '.md');
    if (!SLUG_PATTERN.test(slug)) issues.push({ file: rel, field: '(file name)', found: `"${slug}"`, expected: 'a slug of lower-case letters, digits and hyphens' });
    const parsed = parseFile(file, rel, issues);
    if (!parsed) continue;
    const result = authorSchema.safeParse(parsed.data);
    if (!result.success) {
      issues.push(...zodIssues(rel, parsed.data, result.error));
      continue;
    }
    out.set(slug, { slug, ...result.data });
  }
  return out;
}

function loadCategories(dir: string, root: string, issues: ContentIssue[]): Map<string, Category> {
  const out = new Map<string, Category>();
  for (const file of listMarkdown(dir)) {
    const rel = path.relative(root, file);
    const slug = path.basename(file, '.md');
    if (!SLUG_PATTERN.test(slug)) issues.push({ file: rel, field: '(file name)', found: `"${slug}"`, expected: 'a slug of lower-case letters, digits and hyphens' });
    const parsed = parseFile(file, rel, issues);
    if (!parsed) continue;
    const result = categorySchema.safeParse(parsed.data);
    if (!result.success) {
      issues.push(...zodIssues(rel, parsed.data, result.error));
      continue;
    }
    out.set(slug, { slug, ...result.data });
  }
  // A URL slug names one category in every language, so an old or other-language address can be
  // redirected without guessing (lib/routing/redirects.ts).
  const owner = new Map<string, string>();
  for (const c of out.values()) {
    for (const value of new Set([c.slug, ...Object.values(c.slugs ?? {})])) {
      const other = owner.get(value);
      if (other && other !== c.slug) issues.push({ file: path.relative(root, path.join(/*turbopackIgnore: true*/ dir, `${c.slug}.md`)), field: 'slugs', found: `"${value}", already the slug of category "${other}"`, expected: 'a URL slug no other category uses in any language' });
      else owner.set(value, c.slug);
    }
  }
  return out;
}

function statusOf(draft: boolean, date: string, now: Date): PublicationStatus {
  if (draft) return 'draft';
  return Date.parse(date) > now.getTime() ? 'scheduled' : 'published';
}

/** Narrowest cover we accept: the share image and the widest article layout need 1200 px. */
export const MIN_COVER_WIDTH = 1200;

/** Formats image-size reports per extension the schema allows. */
const FORMATS_BY_EXTENSION: Record<string, readonly string[]> = { png: ['png'], jpg: ['jpg'], jpeg: ['jpg'], webp: ['webp'], avif: ['avif'] };
const FORMAT_NAMES: Record<string, string> = { png: 'PNG', jpg: 'JPEG', webp: 'WebP', avif: 'AVIF', gif: 'GIF', svg: 'SVG', bmp: 'BMP', tiff: 'TIFF', heif: 'HEIF' };

/** True when image-size's format fits the file extension (a PNG named .jpg is refused). */
export function formatMatchesExtension(format: string, ext: string): boolean {
  return (FORMATS_BY_EXTENSION[ext.toLowerCase()] ?? []).includes(format);
}

type ImageInfo = { ok: true; width: number; height: number; format: string } | { ok: false; reason: string };

// Keyed by path, size and mtime: in `next dev` the index is rebuilt on every content change, and
// re-reading unchanged cover files each time would be wasted work.
const imageCache = new Map<string, { stamp: string; info: ImageInfo }>();

/** Pixel size of an image file as a browser displays it (EXIF rotation applied), via image-size. */
export function readImageInfo(file: string): ImageInfo {
  const stat = fs.statSync(file);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const cached = imageCache.get(file);
  if (cached?.stamp === stamp) return cached.info;
  let info: ImageInfo;
  try {
    const size = imageSize(fs.readFileSync(file));
    // JPEG orientations 5–8 are rotated by 90°: the browser lays out the swapped size.
    const rotated = (size.orientation ?? 1) >= 5;
    const width = rotated ? size.height : size.width;
    const height = rotated ? size.width : size.height;
    info =
      Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0
        ? { ok: true, width, height, format: size.type ?? 'unknown' }
        : { ok: false, reason: 'no readable pixel size' };
  } catch (error) {
    info = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  imageCache.set(file, { stamp, info });
  return info;
}

type CoverInput = NonNullable<ArticleFrontmatter['cover']>;

/** Checks a cover file and fills in its pixel size; every problem is reported, none thrown. */
function checkCover(cover: CoverInput, publicDir: string, rel: string, issues: ContentIssue[]): Cover | undefined {
  const imagesRoot = path.resolve(/*turbopackIgnore: true*/ publicDir, 'images');
  const file = path.resolve(/*turbopackIgnore: true*/ publicDir, `.${cover.src}`);
  if (!file.startsWith(`${imagesRoot}${path.sep}`)) {
    issues.push({ file: rel, field: 'cover.src', found: `"${cover.src}" (outside public/images/)`, expected: 'an image file under public/images/' });
    return undefined;
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    issues.push({ file: rel, field: 'cover.src', found: `"${cover.src}" (no such file in public/)`, expected: 'an image file that exists under public/' });
    return undefined;
  }
  const info = readImageInfo(file);
  const ext = path.extname(file).slice(1).toLowerCase();
  if (!info.ok) {
    issues.push({ file: rel, field: 'cover.src', found: `"${cover.src}", which is not a readable image (${info.reason})`, expected: 'a PNG, JPEG, WebP or AVIF image file' });
    return undefined;
  }
  let valid = true;
  if (!formatMatchesExtension(info.format, ext)) {
    issues.push({ file: rel, field: 'cover.src', found: `"${cover.src}", which holds a ${FORMAT_NAMES[info.format] ?? info.format} image`, expected: `a file whose format matches its extension .${ext}` });
    valid = false;
  }
  if (info.width < MIN_COVER_WIDTH) {
    issues.push({ file: rel, field: 'cover.src', found: `"${cover.src}", ${info.width} × ${info.height} px`, expected: `an image at least ${MIN_COVER_WIDTH} px wide` });
    valid = false;
  }
  for (const dim of ['width', 'height'] as const) {
    const written = cover[dim];
    if (written !== undefined && written !== info[dim]) {
      issues.push({ file: rel, field: `cover.${dim}`, found: String(written), expected: `${info[dim]}, the ${dim} of ${cover.src} (or no cover.${dim} at all: it is read from the file)` });
      valid = false;
    }
  }
  return valid ? { src: cover.src, alt: cover.alt, width: info.width, height: info.height } : undefined;
}

/**
 * The value of one front-matter field when that field on its own is valid. Lets the loader run
 * every other check on a file whose front matter breaks the schema somewhere else, so one run
 * reports all of a file's problems.
 */
function validField<K extends keyof ArticleFrontmatter>(data: Record<string, unknown>, key: K): ArticleFrontmatter[K] | undefined {
  const schema = articleFrontmatterSchema.shape[key] as unknown as z.ZodType<ArticleFrontmatter[K]>;
  const result = schema.safeParse(data[key]);
  return result.success ? result.data : undefined;
}

/** Untouched `content:new` placeholders in an article about to be published. */
function templateIssues(fm: Partial<ArticleFrontmatter>, body: string, rel: string): ContentIssue[] {
  const out: ContentIssue[] = [];
  const expected = 'your own text (this is the placeholder from npm run content:new; an article with it cannot be published)';
  const flag = (field: string, value: string) => out.push({ file: rel, field, found: describe(value), expected });
  if (fm.description !== undefined && isTemplateText('description', fm.description)) flag('description', fm.description);
  if (fm.lead !== undefined && isTemplateText('lead', fm.lead)) flag('lead', fm.lead);
  fm.keyFacts?.forEach((fact, i) => {
    if (isTemplateText('keyFactLabel', fact.label)) flag(`keyFacts.${i}.label`, fact.label);
    if (isTemplateText('keyFactText', fact.text)) flag(`keyFacts.${i}.text`, fact.text);
  });
  if (fm.cover && isTemplateText('coverAlt', fm.cover.alt)) flag('cover.alt', fm.cover.alt);
  for (const text of templateTextInBody(body)) flag('(body)', text);
  return out;
}

/** One article file as read: enough to apply the rules that span files, and the article when valid. */
export interface ArticleFile {
  file: string;
  lang: Locale;
  slug: string;
  translationKey?: string;
  article?: ArticleMeta;
  text?: string;
}

type ArticleContext = Omit<PreparedContent, 'jobs' | 'issues'>;

function loadArticle(file: string, lang: Locale, ctx: ArticleContext, issues: ContentIssue[]): ArticleFile | undefined {
  const rel = path.relative(ctx.root, file);
  const slug = path.basename(file, '.md');
  const before = issues.length;
  if (!SLUG_PATTERN.test(slug)) {
    issues.push({ file: rel, field: '(file name)', found: `"${slug}.md"`, expected: 'a file name of lower-case letters, digits and single hyphens, e.g. klarna-halbiert-belegschaft.md' });
  }
  const parsed = parseFile(file, rel, issues);
  if (!parsed) return undefined;
  const result = articleFrontmatterSchema.safeParse(parsed.data);
  if (!result.success) issues.push(...zodIssues(rel, parsed.data, result.error));

  // Every field that is valid on its own is checked further, whatever else is wrong in the file.
  const field = <K extends keyof ArticleFrontmatter>(key: K) => (result.success ? result.data[key] : validField(parsed.data, key));
  const rawDate = field('date');
  const date = rawDate === undefined ? undefined : normaliseDateField(parsed.raw, rawDate, 'date', rel, issues);
  const rawUpdated = field('updated');
  const updated = rawUpdated === undefined ? undefined : normaliseDateField(parsed.raw, rawUpdated, 'updated', rel, issues);
  if (date && updated && Date.parse(updated) < Date.parse(date)) {
    issues.push({ file: rel, field: 'updated', found: updated, expected: `a date-time on or after "date" (${date})` });
  }
  const coverInput = field('cover');
  const cover = coverInput ? checkCover(coverInput, ctx.publicDir, rel, issues) : undefined;
  for (const author of field('authors') ?? []) {
    if (!ctx.authors.has(author)) issues.push({ file: rel, field: 'authors', found: `"${author}"`, expected: `an author from content/authors/ (${[...ctx.authors.keys()].join(', ') || 'none defined'})` });
  }
  const category = field('category');
  if (category !== undefined && !ctx.categories.has(category)) {
    issues.push({ file: rel, field: 'category', found: `"${category}"`, expected: `a category from content/categories/ (${[...ctx.categories.keys()].join(', ') || 'none defined'})` });
  }
  const seenTags = new Set<string>();
  for (const label of field('tags') ?? []) {
    const key = tagSlug(label);
    if (seenTags.has(key)) issues.push({ file: rel, field: 'tags', found: `"${label}" twice`, expected: 'each hashtag once' });
    seenTags.add(key);
  }
  // Scanned, not rendered: the HTML is made when a page needs it (readArticleBody).
  const rendered = scanMarkdown(parsed.body);
  if (rendered.h1Count > 0) {
    issues.push({ file: rel, field: '(body)', found: `${rendered.h1Count} level-1 heading(s) ("# …")`, expected: 'sub-headings starting at "## " (the title is the page\'s only h1)' });
  }
  if (rendered.text.length === 0) issues.push({ file: rel, field: '(body)', found: 'an empty body', expected: 'the article text below the front matter' });
  // Drafts may keep placeholders; anything headed for readers (published or scheduled) may not.
  if (field('draft') === false) {
    const partial: Partial<ArticleFrontmatter> = { description: field('description'), lead: field('lead'), keyFacts: field('keyFacts'), cover: coverInput };
    issues.push(...templateIssues(partial, parsed.body, rel));
  }

  const record: ArticleFile = { file: rel, lang, slug, translationKey: field('translationKey') };
  if (!result.success || issues.length > before || !date) return record;
  const fm = result.data;
  const wordCount = countWords(rendered.text);
  record.article = {
    ...fm,
    lang,
    slug,
    date,
    updated,
    tags: fm.tags.map((label) => ({ label, slug: tagSlug(label) })),
    cover,
    readingMinutes: readingMinutes(wordCount, lang),
    wordCount,
    status: statusOf(fm.draft, date, ctx.now),
    file: rel,
  };
  record.text = rendered.text;
  return record;
}

/** One Markdown file to read: an article of a language. */
export interface ArticleJob {
  file: string;
  lang: Locale;
}

/** What reading a content folder needs before its articles: the folder's authors and categories. */
export interface PreparedContent {
  root: string;
  publicDir: string;
  now: Date;
  authors: Map<string, Author>;
  categories: Map<string, Category>;
  jobs: ArticleJob[];
  issues: ContentIssue[];
}

/** Reads authors and categories and lists the article files; problems so far are in `issues`. */
export function prepareContent({ contentDir, publicDir, now = new Date() }: LoadOptions): PreparedContent | LoadedContent {
  const root = path.dirname(path.resolve(/*turbopackIgnore: true*/ contentDir));
  const base = path.resolve(/*turbopackIgnore: true*/ contentDir);
  const issues: ContentIssue[] = [];
  if (!fs.existsSync(base)) {
    issues.push({ file: path.relative(process.cwd(), base) || base, field: '(folder)', found: 'no such folder', expected: 'a content folder with articles/, authors/ and categories/' });
    return { articles: [], texts: new Map(), authors: new Map(), categories: new Map(), issues };
  }
  const authors = loadAuthors(path.join(/*turbopackIgnore: true*/ base, 'authors'), root, issues);
  const categories = loadCategories(path.join(/*turbopackIgnore: true*/ base, 'categories'), root, issues);
  const articlesDir = path.join(/*turbopackIgnore: true*/ base, 'articles');
  if (fs.existsSync(articlesDir)) {
    for (const entry of fs.readdirSync(articlesDir, { withFileTypes: true })) {
      if (entry.isDirectory() && !isLocale(entry.name)) {
        issues.push({ file: path.relative(root, path.join(/*turbopackIgnore: true*/ articlesDir, entry.name)), field: '(folder)', found: `the language folder "${entry.name}"`, expected: `one of ${locales.join(', ')}` });
      }
    }
  }
  const jobs = locales.flatMap((lang) => listMarkdown(path.join(/*turbopackIgnore: true*/ articlesDir, lang)).map((file) => ({ file, lang })));
  return { root, publicDir, now, authors, categories, jobs, issues };
}

/** The articles' own checks, file by file: independent of each other, so they can run in parallel (scripts/content-check.ts). */
export function loadArticleFiles(jobs: readonly ArticleJob[], prepared: Omit<PreparedContent, 'jobs' | 'issues'>): { files: ArticleFile[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const files: ArticleFile[] = [];
  for (const job of jobs) {
    const record = loadArticle(job.file, job.lang, prepared, issues);
    if (record) files.push(record);
  }
  return { files, issues };
}

/** Applies the rules that span files and puts the result together. */
export function finishContent(prepared: PreparedContent, files: readonly ArticleFile[], fileIssues: readonly ContentIssue[]): LoadedContent {
  const issues = [...prepared.issues, ...fileIssues];
  // Rules that span files, applied to every file that got far enough to have a slug or key,
  // valid or not, so fixing one problem never reveals another.
  const bySlug = new Map<string, ArticleFile>();
  const byKey = new Map<string, ArticleFile>();
  for (const a of files) {
    const slugKey = `${a.lang}/${a.slug}`;
    const sameSlug = bySlug.get(slugKey);
    if (sameSlug) issues.push({ file: a.file, field: '(file name)', found: `the slug "${a.slug}", already used by ${sameSlug.file}`, expected: 'a slug unique within its language' });
    else bySlug.set(slugKey, a);
    if (a.translationKey === undefined) continue;
    const tk = `${a.lang}/${a.translationKey}`;
    const sameKey = byKey.get(tk);
    if (sameKey) issues.push({ file: a.file, field: 'translationKey', found: `"${a.translationKey}", already used by ${sameKey.file}`, expected: 'one article per language for each translation key' });
    else byKey.set(tk, a);
  }
  const articles = files.flatMap((f) => (f.article ? [f.article] : []));
  articles.sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug));
  const texts = new Map(files.flatMap((f) => (f.article && f.text !== undefined ? [[`${f.lang}/${f.slug}`, f.text] as const] : [])));
  // Grouped by file (stable: a file's own problems keep their order) so editors read one file at a time.
  issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, texts, authors: prepared.authors, categories: prepared.categories, issues };
}

/**
 * Reads and validates the whole content folder. Never throws for bad content: every problem of
 * every file is returned in `issues`, so one run tells the editor everything to fix.
 */
export function loadContent(options: LoadOptions): LoadedContent {
  const prepared = prepareContent(options);
  if (!('jobs' in prepared)) return prepared;
  const { files, issues } = loadArticleFiles(prepared.jobs, prepared);
  return finishContent(prepared, files, issues);
}

/**
 * Count, total size and latest modification time of the content files: a cheap signature for the
 * dev refresh and for telling whether the check's compiled form (lib/content/compiled.ts) is current.
 */
export function contentSignature(contentDir: string): string {
  let latest = 0;
  let count = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(/*turbopackIgnore: true*/ dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        count += 1;
        bytes += stat.size;
        latest = Math.max(latest, stat.mtimeMs);
      }
    }
  };
  walk(path.resolve(/*turbopackIgnore: true*/ contentDir));
  return `${count}:${bytes}:${latest}`;
}
