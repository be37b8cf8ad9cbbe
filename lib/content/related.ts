import type { ArticleMeta } from '@/lib/content/types';

const WEIGHT_CATEGORY = 3;
const WEIGHT_TAG = 2;
/** Recency adds up to one point, fading over about a year. */
const RECENCY_HALF_LIFE_DAYS = 180;

/** Relatedness of a candidate to an article: shared category, shared tags, then recency. */
export function relatedScore(article: ArticleMeta, candidate: ArticleMeta): number {
  const tags = new Set(article.tags.map((t) => t.slug));
  const shared = candidate.tags.filter((t) => tags.has(t.slug)).length;
  const ageDays = Math.abs(Date.parse(article.date) - Date.parse(candidate.date)) / 86_400_000;
  const recency = Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
  return (candidate.category === article.category ? WEIGHT_CATEGORY : 0) + shared * WEIGHT_TAG + recency;
}

/**
 * Picks related articles from published candidates of the same language: the best scored with at
 * least a shared category or tag, topped up with the latest of the category, then the latest overall.
 */
export function pickRelated(article: ArticleMeta, candidates: readonly ArticleMeta[], limit = 3): ArticleMeta[] {
  const pool = candidates.filter((c) => c.lang === article.lang && c.slug !== article.slug && c.status === 'published');
  const tags = new Set(article.tags.map((t) => t.slug));
  const scored = pool
    .filter((c) => c.category === article.category || c.tags.some((t) => tags.has(t.slug)))
    .map((c) => ({ c, s: relatedScore(article, c) }))
    .sort((x, y) => y.s - x.s || Date.parse(y.c.date) - Date.parse(x.c.date))
    .map((x) => x.c);
  const picked = scored.slice(0, limit);
  const byDate = [...pool].sort((x, y) => Date.parse(y.date) - Date.parse(x.date));
  for (const fallback of [byDate.filter((c) => c.category === article.category), byDate]) {
    for (const c of fallback) {
      if (picked.length >= limit) break;
      if (!picked.includes(c)) picked.push(c);
    }
  }
  return picked;
}
