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

  it('picks what sorting every candidate picks, ties included (one pass with the best kept)', () => {
    // The definition, written the plain way: score all, sort (stable), top up by date.
    const reference = (a: ArticleMeta, candidates: ArticleMeta[], limit: number) => {
      const pool = candidates.filter((c) => c.lang === a.lang && c.slug !== a.slug && c.status === 'published');
      const tags = new Set(a.tags.map((t) => t.slug));
      const picked = pool
        .filter((c) => c.category === a.category || c.tags.some((t) => tags.has(t.slug)))
        .map((c) => ({ c, s: relatedScore(a, c) }))
        .sort((x, y) => y.s - x.s || Date.parse(y.c.date) - Date.parse(x.c.date))
        .map((x) => x.c)
        .slice(0, limit);
      const byDate = [...pool].sort((x, y) => Date.parse(y.date) - Date.parse(x.date));
      for (const fallback of [byDate.filter((c) => c.category === a.category), byDate]) {
        for (const c of fallback) if (picked.length < limit && !picked.includes(c)) picked.push(c);
      }
      return picked.map((c) => c.slug);
    };
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
    const labels = ['KI', 'Fintech', 'Klarna', 'Chips', 'EU'];
    // Few dates, categories and tags: many exact ties.
    const pool = Array.from({ length: 300 }, (_, i) =>
      meta(`a${i}`, {
        category: pick(['business', 'tech', 'politik', 'forschung']),
        tags: labels.filter(() => random() < 0.3).map(tag),
        date: `2024-0${1 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 3)}T10:00:00+01:00`,
        status: random() < 0.1 ? 'scheduled' : 'published',
        lang: random() < 0.1 ? 'en' : 'de',
      }),
    );
    for (const article of pool.slice(0, 60)) {
      for (const limit of [1, 3, 5]) expect(pickRelated(article, pool, limit).map((a) => a.slug)).toEqual(reference(article, pool, limit));
    }
    const lonely = meta('lonely', { category: 'none', tags: [tag('Nothing')] });
    expect(pickRelated(lonely, pool, 4).map((a) => a.slug)).toEqual(reference(lonely, pool, 4));
  });
});
