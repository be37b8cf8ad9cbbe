import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { readArticleBody } from '@/lib/content/markdown';
import { generateCorpus, slugify } from '../../../scripts/bench/corpus';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('benchmark corpus', () => {
  const result = generateCorpus({ dir: path.join(dir, 'content'), perLanguage: 12, sourceContentDir: 'content' });
  const loaded = loadContent({ contentDir: result.dir, publicDir: 'public', now: new Date('2026-11-29T12:00:00Z') });

  it('passes the real content validation without a single issue', () => {
    expect(loaded.issues).toEqual([]);
    expect(loaded.articles).toHaveLength(24);
    expect(loaded.articles.filter((a) => a.lang === 'de')).toHaveLength(12);
  });

  it('writes 600 to 1,200 words with headings, a list, a table and links per article', () => {
    for (const a of loaded.articles) {
      expect(a.wordCount).toBeGreaterThanOrEqual(600);
      expect(a.wordCount).toBeLessThanOrEqual(1300);
      const { html } = readArticleBody(path.dirname(result.dir), a.file);
      expect(html).toContain('<h2');
      expect(html).toContain('<ul>');
      expect(html).toContain('<table>');
      expect(html).toMatch(/<a href="\/(de|en)\/articles\//);
      expect(a.keyFacts.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('pairs each German article with an English translation and spreads categories and authors', () => {
    const keys = new Set(loaded.articles.map((a) => a.translationKey));
    expect(keys.size).toBe(12);
    expect(new Set(loaded.articles.map((a) => a.category)).size).toBeGreaterThan(1);
    expect(new Set(loaded.articles.flatMap((a) => a.authors)).size).toBeGreaterThan(1);
    expect(loaded.articles.every((a) => a.status === 'published')).toBe(true);
  });

  it('is deterministic for the same size', () => {
    const again = generateCorpus({ dir: path.join(dir, 'again'), perLanguage: 12, sourceContentDir: 'content' });
    expect(again.sampleSlug).toBe(result.sampleSlug);
    expect(again.bytes).toBe(result.bytes);
  });

  it('transliterates German slugs', () => {
    expect(slugify('Wie der Maschinenbau von Bilderkennung profitiert – München')).toBe('wie-der-maschinenbau-von-bilderkennung-profitiert-muenchen');
  });
});
