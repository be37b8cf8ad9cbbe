import type { ArticleMeta } from '@/lib/content/types';

const WEIGHT_CATEGORY = 3;
const WEIGHT_TAG = 2;
/** Recency adds up to one point, fading over about a year. */
const RECENCY_HALF_LIFE_DAYS = 180;

const DAY_MS = 86_400_000;

/** Shared category and tags: the score without recency, which adds at most one point. */
function baseScore(tags: ReadonlySet<string>, category: string, candidate: ArticleMeta): number {
  let shared = 0;
  for (const t of candidate.tags) if (tags.has(t.slug)) shared += 1;
  return (candidate.category === category ? WEIGHT_CATEGORY : 0) + shared * WEIGHT_TAG;
}

const recencyOf = (time: number, candidateTime: number) => Math.pow(0.5, Math.abs(time - candidateTime) / DAY_MS / RECENCY_HALF_LIFE_DAYS);

// Parsed dates of the articles met so far: the same metadata objects serve every render.
const times = new WeakMap<ArticleMeta, number>();
function timeOf(article: ArticleMeta): number {
  let time = times.get(article);
  if (time === undefined) {
    time = Date.parse(article.date);
    times.set(article, time);
  }
  return time;
}

/** Relatedness of a candidate to an article: shared category, shared tags, then recency. */
export function relatedScore(article: ArticleMeta, candidate: ArticleMeta): number {
  return baseScore(new Set(article.tags.map((t) => t.slug)), article.category, candidate) + recencyOf(Date.parse(article.date), Date.parse(candidate.date));
}

interface Scored {
  article: ArticleMeta;
  score: number;
  time: number;
}

/** True when `a` ranks before `b`: higher score, then newer; an earlier candidate wins a tie. */
const ranksBefore = (a: Scored, b: Scored) => a.score > b.score || (a.score === b.score && a.time > b.time);

/**
 * Picks related articles from published candidates of the same language: the best scored with at
 * least a shared category or tag, topped up with the latest of the category, then the latest overall.
 * One pass that keeps only the best `limit`: pages of an archive's older articles render on their
 * first request, and sorting every candidate (10,000 at 20,000 articles) took 34 ms of each render.
 */
export function pickRelated(article: ArticleMeta, candidates: readonly ArticleMeta[], limit = 3): ArticleMeta[] {
  const tags = new Set(article.tags.map((t) => t.slug));
  const time = Date.parse(article.date);
  const best: Scored[] = [];
  const eligible = (c: ArticleMeta) => c.lang === article.lang && c.slug !== article.slug && c.status === 'published';
  for (const c of candidates) {
    if (!eligible(c)) continue;
    const base = baseScore(tags, article.category, c);
    if (base === 0) continue;
    // Recency adds less than one point: a candidate that cannot pass the weakest kept one is skipped unparsed.
    if (best.length === limit && base + 1 < (best[limit - 1] as Scored).score) continue;
    const entryTime = timeOf(c);
    const entry: Scored = { article: c, score: base + recencyOf(time, entryTime), time: entryTime };
    if (best.length === limit && !ranksBefore(entry, best[limit - 1] as Scored)) continue;
    let at = best.length;
    while (at > 0 && ranksBefore(entry, best[at - 1] as Scored)) at -= 1;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  const picked = best.map((b) => b.article);
  if (picked.length >= limit) return picked;
  // Fewer related than asked for (a small archive): the latest of the category, then the latest.
  const byDate = candidates
    .filter(eligible)
    .map((c) => ({ c, time: timeOf(c) }))
    .sort((x, y) => y.time - x.time)
    .map((x) => x.c);
  for (const fallback of [byDate.filter((c) => c.category === article.category), byDate]) {
    for (const c of fallback) {
      if (picked.length >= limit) break;
      if (!picked.includes(c)) picked.push(c);
    }
  }
  return picked;
}
