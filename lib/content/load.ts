import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { articleFrontmatterSchema, authorSchema, categorySchema, SLUG_PATTERN } from '@/lib/content/schema';
import { normaliseDateTime } from '@/lib/content/dates';
import { countWords, readingMinutes, renderMarkdown } from '@/lib/content/markdown';
import { tagSlug } from '@/lib/content/slug';
import type { Article, Author, Category, PublicationStatus } from '@/lib/content/types';
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
  articles: Article[];
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

/** Walks a folder recursively and returns the Markdown files, sorted for stable output. */
function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
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
const MATTER_OPTIONS = {
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
      if (other && other !== c.slug) issues.push({ file: path.relative(root, path.join(dir, `${c.slug}.md`)), field: 'slugs', found: `"${value}", already the slug of category "${other}"`, expected: 'a URL slug no other category uses in any language' });
      else owner.set(value, c.slug);
    }
  }
  return out;
}

function statusOf(draft: boolean, date: string, now: Date): PublicationStatus {
  if (draft) return 'draft';
  return Date.parse(date) > now.getTime() ? 'scheduled' : 'published';
}

function loadArticle(file: string, lang: Locale, root: string, publicDir: string, now: Date, issues: ContentIssue[]): Article | undefined {
  const rel = path.relative(root, file);
  const slug = path.basename(file, '.md');
  const before = issues.length;
  if (!SLUG_PATTERN.test(slug)) {
    issues.push({ file: rel, field: '(file name)', found: `"${slug}.md"`, expected: 'a file name of lower-case letters, digits and single hyphens, e.g. klarna-halbiert-belegschaft.md' });
  }
  const parsed = parseFile(file, rel, issues);
  if (!parsed) return undefined;
  const result = articleFrontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    issues.push(...zodIssues(rel, parsed.data, result.error));
    return undefined;
  }
  const fm = result.data;
  const date = normaliseDateField(parsed.raw, fm.date, 'date', rel, issues);
  const updated = fm.updated === undefined ? undefined : normaliseDateField(parsed.raw, fm.updated, 'updated', rel, issues);
  if (date && updated && Date.parse(updated) < Date.parse(date)) {
    issues.push({ file: rel, field: 'updated', found: updated, expected: `a date-time on or after "date" (${date})` });
  }
  if (fm.cover && !fs.existsSync(path.join(publicDir, fm.cover.src))) {
    issues.push({ file: rel, field: 'cover.src', found: `"${fm.cover.src}" (no such file in public/)`, expected: 'an image file that exists under public/' });
  }
  const seenTags = new Set<string>();
  for (const label of fm.tags) {
    const key = tagSlug(label);
    if (seenTags.has(key)) issues.push({ file: rel, field: 'tags', found: `"${label}" twice`, expected: 'each hashtag once' });
    seenTags.add(key);
  }
  const rendered = renderMarkdown(parsed.body);
  if (rendered.h1Count > 0) {
    issues.push({ file: rel, field: '(body)', found: `${rendered.h1Count} level-1 heading(s) ("# …")`, expected: 'sub-headings starting at "## " (the title is the page\'s only h1)' });
  }
  if (rendered.text.length === 0) issues.push({ file: rel, field: '(body)', found: 'an empty body', expected: 'the article text below the front matter' });
  if (issues.length > before || !date) return undefined;
  const wordCount = countWords(rendered.text);
  return {
    ...fm,
    lang,
    slug,
    date,
    updated,
    tags: fm.tags.map((label) => ({ label, slug: tagSlug(label) })),
    readingMinutes: readingMinutes(wordCount, lang),
    wordCount,
    status: statusOf(fm.draft, date, now),
    file: rel,
    html: rendered.html,
    headings: rendered.headings,
  };
}

/**
 * Reads, validates and renders the whole content folder. Never throws for bad content: every
 * problem of every file is returned in `issues`, so one run tells the editor everything to fix.
 */
export function loadContent({ contentDir, publicDir, now = new Date() }: LoadOptions): LoadedContent {
  const root = path.dirname(path.resolve(contentDir));
  const base = path.resolve(contentDir);
  const issues: ContentIssue[] = [];
  if (!fs.existsSync(base)) {
    issues.push({ file: path.relative(process.cwd(), base) || base, field: '(folder)', found: 'no such folder', expected: 'a content folder with articles/, authors/ and categories/' });
    return { articles: [], authors: new Map(), categories: new Map(), issues };
  }
  const authors = loadAuthors(path.join(base, 'authors'), root, issues);
  const categories = loadCategories(path.join(base, 'categories'), root, issues);
  const articles: Article[] = [];
  const articlesDir = path.join(base, 'articles');
  if (fs.existsSync(articlesDir)) {
    for (const entry of fs.readdirSync(articlesDir, { withFileTypes: true })) {
      if (entry.isDirectory() && !isLocale(entry.name)) {
        issues.push({ file: path.relative(root, path.join(articlesDir, entry.name)), field: '(folder)', found: `the language folder "${entry.name}"`, expected: `one of ${locales.join(', ')}` });
      }
    }
  }
  for (const lang of locales) {
    for (const file of listMarkdown(path.join(articlesDir, lang))) {
      const article = loadArticle(file, lang, root, publicDir, now, issues);
      if (article) articles.push(article);
    }
  }

  // Rules that span files.
  const bySlug = new Map<string, Article>();
  const byKey = new Map<string, Article>();
  for (const a of articles) {
    for (const author of a.authors) {
      if (!authors.has(author)) issues.push({ file: a.file, field: 'authors', found: `"${author}"`, expected: `an author from content/authors/ (${[...authors.keys()].join(', ') || 'none defined'})` });
    }
    if (!categories.has(a.category)) issues.push({ file: a.file, field: 'category', found: `"${a.category}"`, expected: `a category from content/categories/ (${[...categories.keys()].join(', ') || 'none defined'})` });
    const slugKey = `${a.lang}/${a.slug}`;
    const sameSlug = bySlug.get(slugKey);
    if (sameSlug) issues.push({ file: a.file, field: '(file name)', found: `the slug "${a.slug}", already used by ${sameSlug.file}`, expected: 'a slug unique within its language' });
    else bySlug.set(slugKey, a);
    const tk = `${a.lang}/${a.translationKey}`;
    const sameKey = byKey.get(tk);
    if (sameKey) issues.push({ file: a.file, field: 'translationKey', found: `"${a.translationKey}", already used by ${sameKey.file}`, expected: 'one article per language for each translation key' });
    else byKey.set(tk, a);
  }
  articles.sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug));
  return { articles, authors, categories, issues };
}

/** Latest modification time and count of the content files: a cheap signature for dev refresh. */
export function contentSignature(contentDir: string): string {
  let latest = 0;
  let count = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        count += 1;
        latest = Math.max(latest, fs.statSync(full).mtimeMs);
      }
    }
  };
  walk(path.resolve(contentDir));
  return `${count}:${latest}`;
}
