import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '@/lib/content/types';
import { rankPopular } from '@/lib/reads/ranking';

function meta(slug: string, date: string, status: ArticleMeta['status'] = 'published'): ArticleMeta {
  return { slug, date, status, lang: 'de' } as ArticleMeta;
}

const a = meta('a', '2024-01-01T00:00:00+01:00');
const b = meta('b', '2024-02-01T00:00:00+01:00');
const c = meta('c', '2024-03-01T00:00:00+01:00');
const d = meta('d', '2024-04-01T00:00:00+02:00');
const draft = meta('draft', '2024-05-01T00:00:00+02:00', 'draft');

describe('rankPopular', () => {
  it('orders by reads, newer first on a tie', () => {
    const result = rankPopular([{ slug: 'a', reads: 5 }, { slug: 'b', reads: 9 }, { slug: 'c', reads: 5 }], [a, b, c, d], [], 3);
    expect(rankPopular([{ slug: 'a', reads: 5 }, { slug: 'b', reads: 9 }, { slug: 'c', reads: 5 }], new Map([a, b, c, d].map((x) => [x.slug, x])), [], 3)).toEqual(result);
    expect(result.map((x) => x.slug)).toEqual(['b', 'c', 'a']);
  });

  it('falls back to editor picks without read data', () => {
    expect(rankPopular([], [a, b, c, d], [d, a], 5).map((x) => x.slug)).toEqual(['d', 'a']);
  });

  it('fills up with picks that are not already listed', () => {
    const result = rankPopular([{ slug: 'c', reads: 2 }], [a, b, c, d], [c, a, b], 3);
    expect(result.map((x) => x.slug)).toEqual(['c', 'a', 'b']);
  });

  it('never lists unpublished or unknown articles, even with reads', () => {
    const result = rankPopular([{ slug: 'draft', reads: 100 }, { slug: 'gone', reads: 50 }, { slug: 'a', reads: 1 }], [a, draft], [draft], 5);
    expect(result.map((x) => x.slug)).toEqual(['a']);
  });

  it('respects the limit', () => {
    const counts = ['a', 'b', 'c', 'd'].map((slug, i) => ({ slug, reads: i + 1 }));
    expect(rankPopular(counts, [a, b, c, d], [a], 2).map((x) => x.slug)).toEqual(['d', 'c']);
  });
});
