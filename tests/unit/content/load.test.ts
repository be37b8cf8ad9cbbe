import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadContent, type ContentIssue } from '@/lib/content/load';
import { readArticleBody } from '@/lib/content/markdown';
import { contentWith, NOW, VALID_CONTENT, writePublic } from './helpers';

function issuesFor(fixture: string, as?: string): ContentIssue[] {
  const { dir, publicDir } = contentWith([{ fixture, as }]);
  return loadContent({ contentDir: dir, publicDir, now: NOW }).issues;
}

describe('loadContent on valid fixtures', () => {
  const result = loadContent({ contentDir: VALID_CONTENT, publicDir: VALID_CONTENT, now: NOW });

  it('reports no issues and loads every article, author and category', () => {
    expect(result.issues).toEqual([]);
    expect(result.articles).toHaveLength(6);
    expect([...result.authors.keys()].sort()).toEqual(['lena-hartmann', 'oliver-welling']);
    expect([...result.categories.keys()].sort()).toEqual(['business', 'technologie']);
  });

  it('sorts articles newest first and derives slug, tags and reading time', () => {
    const klarna = result.articles.find((a) => a.slug === 'klarna-halbiert-belegschaft');
    expect(klarna).toBeDefined();
    expect(klarna?.lang).toBe('de');
    expect(klarna?.tags).toContainEqual({ label: 'KünstlicheIntelligenz', slug: 'kuenstlicheintelligenz' });
    expect(klarna?.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(readArticleBody(path.dirname(VALID_CONTENT), klarna!.file).html).toContain('<h2 id="fazit">Fazit</h2>');
    expect(result.texts.get('de/klarna-halbiert-belegschaft')).toContain('Fazit');
    const dates = result.articles.map((a) => Date.parse(a.date));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('normalises dates to ISO 8601 with the Berlin offset', () => {
    const bySlug = (s: string) => result.articles.find((a) => a.slug === s);
    // A time without zone is Berlin wall time (summer: +02:00).
    expect(bySlug('klarna-halbiert-belegschaft')?.date).toBe('2024-08-28T09:30:00+02:00');
    // An unquoted bare date (a Date from gray-matter) means midnight in Berlin, not UTC.
    expect(bySlug('nvidia-wetter')?.date).toBe('2024-03-20T00:00:00+01:00');
    // "2024-07-24 10:00" unquoted: js-yaml would read it as UTC; the editor meant Berlin.
    expect(bySlug('meta-llama')?.date).toBe('2024-07-24T10:00:00+02:00');
    // An explicit offset is kept as the same instant.
    expect(bySlug('klarna-halves-workforce')?.date).toBe('2024-08-28T09:30:00+02:00');
  });

  it('marks drafts and future articles', () => {
    const status = Object.fromEntries(result.articles.map((a) => [a.slug, a.status]));
    expect(status['entwurf-artikel']).toBe('draft');
    expect(status['geplanter-artikel']).toBe('scheduled');
    expect(status['klarna-halbiert-belegschaft']).toBe('published');
  });
});

describe('validation of single files', () => {
  const cases: [fixture: string, field: string, expected: RegExp][] = [
    ['missing-title.md', 'title', /non-empty string|string/],
    ['broken-date.md', 'date', /real calendar date/],
    ['unknown-author.md', 'authors', /an author from content\/authors/],
    ['unknown-category.md', 'category', /a category from content\/categories/],
    ['short-description.md', 'description', /50 to 160 characters/],
    ['unknown-field.md', 'subtitle', /documented front-matter fields/],
    ['javascript-source.md', 'source.url', /http\(s\) URL/],
    ['missing-cover.md', 'cover.src', /exists under public/],
    ['h1-in-body.md', '(body)', /sub-headings starting at "## "/],
    ['Bad_File_Name.md', '(file name)', /lower-case letters/],
    ['two-key-facts.md', 'keyFacts', /3 to 7 key facts/],
  ];

  it.each(cases)('%s fails on field %s with the file named', (fixture, field, expected) => {
    const issues = issuesFor(fixture);
    const issue = issues.find((i) => i.field === field);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.file).toBe(path.join('content', 'articles', 'de', fixture));
    expect(issue?.expected).toMatch(expected);
    expect(formatIssue(issue!)).toMatch(new RegExp(`^content/articles/de/${fixture.replace('.', '\\.')}: ${field.replace(/[.()]/g, '\\$&')}: found .+, expected .+`));
  });

  it('refuses ---js front matter without evaluating it', () => {
    const g = globalThis as { __frontMatterExecuted?: boolean };
    delete g.__frontMatterExecuted;
    const issues = issuesFor('js-engine.md');
    expect(issues).toContainEqual(expect.objectContaining({ field: '(front matter)', found: '"---js" front matter' }));
    expect(g.__frontMatterExecuted).toBeUndefined();
  });

  it('rejects two articles of one language sharing a translation key, naming both files', () => {
    const issue = issuesFor('duplicate-translation-key.md').find((i) => i.field === 'translationKey');
    expect(issue?.expected).toMatch(/one article per language/);
    expect(`${issue?.file} ${issue?.found}`).toContain('content/articles/de/duplicate-translation-key.md');
    expect(`${issue?.file} ${issue?.found}`).toContain('content/articles/de/klarna-halbiert-belegschaft.md');
  });

  it('rejects two articles with the same slug in one language', () => {
    const { dir, publicDir } = contentWith();
    fs.mkdirSync(path.join(dir, 'articles', 'de', '2024'));
    const copy = fs.readFileSync(path.join(dir, 'articles', 'de', 'meta-llama.md'), 'utf8').replace('translationKey: meta-llama', 'translationKey: other-key');
    fs.writeFileSync(path.join(dir, 'articles', 'de', '2024', 'meta-llama.md'), copy);
    const issues = loadContent({ contentDir: dir, publicDir, now: NOW }).issues;
    expect(issues).toContainEqual(expect.objectContaining({ field: '(file name)', found: expect.stringContaining('already used by content/articles/de/') }));
  });

  it('reports every problem of every file in one run', () => {
    const { dir, publicDir } = contentWith([{ fixture: 'missing-title.md' }, { fixture: 'unknown-author.md' }, { fixture: 'broken-date.md', lang: 'en' }]);
    const issues = loadContent({ contentDir: dir, publicDir, now: NOW }).issues;
    expect(new Set(issues.map((i) => i.file))).toEqual(
      new Set(['content/articles/de/missing-title.md', 'content/articles/de/unknown-author.md', 'content/articles/en/broken-date.md']),
    );
  });

  it('reports a bad date, a missing cover and an unknown category of one file together', () => {
    const fields = issuesFor('three-problems.md').map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['date', 'cover.src', 'category']));
  });

  it('keeps checking the valid fields of a file whose front matter breaks the schema', () => {
    const issues = issuesFor('schema-and-more.md');
    const fields = issues.map((i) => i.field);
    // Schema problems (description, keyFacts) do not hide the checks of the other fields.
    expect(fields).toEqual(expect.arrayContaining(['description', 'keyFacts', 'authors', 'category', 'tags', 'cover.src', '(body)']));
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set(['content/articles/de/schema-and-more.md']));
  });

  it('accepts a cover that exists under public/', () => {
    const { dir, publicDir } = contentWith([{ fixture: 'missing-cover.md' }]);
    writePublic(publicDir, '/images/articles/gibt-es-nicht.webp', fs.readFileSync(path.resolve(__dirname, '../../../public/images/articles/klarna-halbiert-belegschaft.webp')));
    expect(loadContent({ contentDir: dir, publicDir, now: NOW }).issues).toEqual([]);
  });
});
