import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildIndex,
  getAdjacentArticles,
  getAllArticles,
  getArticle,
  getArticleSlugs,
  getContentIndex,
  getCategories,
  getRelatedArticles,
  getTags,
  getTranslation,
  listArticles,
  paginate,
  resetContentIndex,
} from '@/lib/content';
import { contentWith, NOW, VALID_CONTENT } from './helpers';

const env = { ...process.env };

beforeEach(() => {
  process.env.CONTENT_DIR = VALID_CONTENT;
  process.env.PUBLIC_DIR = VALID_CONTENT;
  resetContentIndex();
});
afterAll(() => {
  process.env = env;
  resetContentIndex();
});

describe('content index in production mode', () => {
  it('leaves drafts and scheduled articles out of every lookup', () => {
    const slugs = getArticleSlugs('de');
    expect(slugs).toEqual(['klarna-halbiert-belegschaft', 'meta-llama', 'nvidia-wetter']);
    expect(getArticle('de', 'entwurf-artikel')).toBeUndefined();
    expect(getArticle('de', 'geplanter-artikel')).toBeUndefined();
    expect(getTags('de').map((t) => t.slug)).not.toContain('entwurf');
    expect(listArticles({ lang: 'de', category: 'technologie' }).items.map((a) => a.slug)).toEqual(['nvidia-wetter']);
  });

  it('shows drafts and scheduled articles only while editing (next dev), never through an environment switch', () => {
    process.env.CONTENT_PREVIEW = '1';
    resetContentIndex();
    expect(getArticle('de', 'entwurf-artikel')).toBeUndefined();
    expect(getArticle('de', 'geplanter-artikel')).toBeUndefined();
    delete process.env.CONTENT_PREVIEW;
    const nodeEnv = process.env.NODE_ENV;
    (process.env as Record<string, string>).NODE_ENV = 'development';
    try {
      expect(getArticle('de', 'entwurf-artikel')?.status).toBe('draft');
      expect(getArticle('de', 'geplanter-artikel')?.status).toBe('scheduled');
    } finally {
      (process.env as Record<string, string | undefined>).NODE_ENV = nodeEnv;
    }
  });

  it('while editing, a broken file leaves the valid articles standing (the pages list the problem); in production it stops everything', () => {
    const { dir, publicDir } = contentWith([{ fixture: 'broken-date.md' }]);
    process.env.CONTENT_DIR = dir;
    process.env.PUBLIC_DIR = publicDir;
    resetContentIndex();
    expect(() => getContentIndex()).toThrow(/broken-date\.md: date/);
    const nodeEnv = process.env.NODE_ENV;
    (process.env as Record<string, string>).NODE_ENV = 'development';
    try {
      resetContentIndex();
      expect(getArticle('de', 'klarna-halbiert-belegschaft')).toBeDefined();
      expect(getArticle('de', 'broken-date')).toBeUndefined();
    } finally {
      (process.env as Record<string, string | undefined>).NODE_ENV = nodeEnv;
      resetContentIndex();
    }
  });

  it('links translations by translation key', () => {
    const de = getArticle('de', 'klarna-halbiert-belegschaft');
    expect(de).toBeDefined();
    expect(getTranslation(de!, 'en')?.slug).toBe('klarna-halves-workforce');
    expect(getTranslation(getArticle('de', 'meta-llama')!, 'en')).toBeUndefined();
  });

  it('lists metadata without bodies', () => {
    const [first] = getAllArticles('de');
    expect(first).toBeDefined();
    expect(first).not.toHaveProperty('html');
  });

  it('filters by tag and author and counts categories', () => {
    expect(listArticles({ lang: 'de', tag: 'kuenstlicheintelligenz' }).total).toBe(3);
    expect(listArticles({ lang: 'de', author: 'lena-hartmann' }).items.map((a) => a.slug)).toEqual(['meta-llama', 'nvidia-wetter']);
    expect(getCategories('de').map((c) => [c.slug, c.count])).toEqual([
      ['business', 2],
      ['technologie', 1],
    ]);
  });

  it('finds related articles without the article itself and previous/next by date', () => {
    const klarna = getArticle('de', 'klarna-halbiert-belegschaft')!;
    const related = getRelatedArticles(klarna);
    expect(related.map((a) => a.slug)).toEqual(['meta-llama', 'nvidia-wetter']);
    expect(getAdjacentArticles(klarna)).toEqual({ previous: expect.objectContaining({ slug: 'meta-llama' }), next: undefined });
  });

  it('fails loudly on invalid content instead of publishing half of it', () => {
    const { dir, publicDir } = contentWith([{ fixture: 'missing-title.md' }]);
    expect(() => buildIndex({ contentDir: dir, publicDir, now: NOW })).toThrow(/content\/articles\/de\/missing-title\.md: title: found nothing/);
  });
});

describe('memoisation', () => {
  it('builds the index once per process in production', () => {
    expect(getContentIndex()).toBe(getContentIndex());
  });

  it('picks up a changed file while editing (next dev) without a restart', () => {
    const { dir, publicDir } = contentWith();
    process.env.CONTENT_DIR = dir;
    process.env.PUBLIC_DIR = publicDir;
    const nodeEnv = process.env.NODE_ENV;
    (process.env as Record<string, string>).NODE_ENV = 'development';
    try {
      resetContentIndex();
      expect(getArticle('de', 'meta-llama')?.title).toBe('Meta setzt auf Llama');
      const file = path.join(dir, 'articles', 'de', 'meta-llama.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Meta setzt auf Llama', 'Meta setzt ganz auf Llama'));
      const later = new Date(Date.now() + 5_000);
      fs.utimesSync(file, later, later);
      expect(getArticle('de', 'meta-llama')?.title).toBe('Meta setzt ganz auf Llama');
    } finally {
      (process.env as Record<string, string | undefined>).NODE_ENV = nodeEnv;
    }
  });
});

describe('paginate', () => {
  it('splits into pages and reports the page count', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(paginate(items, 3, 10)).toEqual({ items: [20, 21, 22], page: 3, pageCount: 3, total: 23 });
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});
