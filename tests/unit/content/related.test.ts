import { describe, expect, it } from 'vitest';
import { pickRelated, relatedScore } from '@/lib/content/related';
import type { ArticleMeta } from '@/lib/content/types';

function meta(slug: string, overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    slug,
    lang: 'de',
    title: slug,
    description: 'd',
    date: '2024-06-01T10:00:00+02:00',
    authors: ['a'],
    category: 'business',
    tags: [],
    keyFacts: [],
    translationKey: slug,
    draft: false,
    featured: false,
    readingMinutes: 3,
    wordCount: 600,
    status: 'published',
    file: `${slug}.md`,
    ...overrides,
  };
}
const tag = (label: string) => ({ label, slug: label.toLowerCase() });

describe('related articles', () => {
  const article = meta('klarna', { tags: [tag('Klarna'), tag('Fintech'), tag('KI')] });

  it('scores shared category and shared tags above recency', () => {
    const sameCategory = meta('a', { date: '2024-06-02T10:00:00+02:00' });
    const twoTags = meta('b', { category: 'tech', tags: [tag('Fintech'), tag('KI')], date: '2023-01-01T10:00:00+01:00' });
    expect(relatedScore(article, twoTags)).toBeGreaterThan(relatedScore(article, sameCategory));
  });

  it('never returns the article itself, another language or unpublished articles', () => {
    const pool = [
      article,
      meta('draft', { status: 'draft', tags: [tag('Klarna')] }),
      meta('scheduled', { status: 'scheduled', tags: [tag('Klarna')] }),
      meta('english', { lang: 'en', tags: [tag('Klarna')] }),
      meta('ok', { tags: [tag('Klarna')] }),
    ];
    expect(pickRelated(article, pool).map((a) => a.slug)).toEqual(['ok']);
  });

  it('ranks by score and falls back to the latest of the category, then the latest overall', () => {
    const pool = [
      meta('tagged', { category: 'tech', tags: [tag('Fintech')], date: '2024-01-01T10:00:00+01:00' }),
      meta('cat-old', { date: '2023-01-01T10:00:00+01:00' }),
      meta('cat-new', { date: '2024-05-01T10:00:00+02:00' }),
      meta('other-new', { category: 'politik', date: '2024-07-01T10:00:00+02:00' }),
    ];
    expect(pickRelated(article, pool, 3).map((a) => a.slug)).toEqual(['cat-new', 'cat-old', 'tagged']);
    expect(pickRelated(meta('lonely', { category: 'none' }), pool, 2).map((a) => a.slug)).toEqual(['other-new', 'cat-new']);
  });
});
