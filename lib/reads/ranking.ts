import type { ArticleMeta } from '@/lib/content/types';
import type { ReadCount } from '@/lib/reads/store';

/** Days that count for "popular": today and the 29 days before. */
export const POPULAR_WINDOW_DAYS = 30;

/**
 * Most read published articles first (ties: newer first), then editor picks to fill up.
 * Counts for unknown, unpublished or withdrawn slugs are ignored.
 */
export function rankPopular(
  counts: readonly ReadCount[],
  published: readonly ArticleMeta[] | ReadonlyMap<string, ArticleMeta>,
  picks: readonly ArticleMeta[],
  limit: number,
): ArticleMeta[] {
  // A map is the caller's memoised lookup of published articles (lib/popular.ts): no per-page rebuild.
  const bySlug: ReadonlyMap<string, ArticleMeta> = 'get' in published ? published : new Map(published.filter((a) => a.status === 'published').map((a) => [a.slug, a]));
  const ranked = counts
    .filter((c) => c.reads > 0 && bySlug.has(c.slug))
    .map((c) => ({ article: bySlug.get(c.slug) as ArticleMeta, reads: c.reads }))
    .sort((a, b) => b.reads - a.reads || b.article.date.localeCompare(a.article.date))
    .map((r) => r.article);
  const result = ranked.slice(0, limit);
  for (const pick of picks) {
    if (result.length >= limit) break;
    if (bySlug.has(pick.slug) && !result.some((a) => a.slug === pick.slug)) result.push(pick);
  }
  return result;
}
