import type { ArticleMeta } from '@/lib/content';
import { makeMeta } from '../article/fixtures';

/** A complete ArticleMeta for the listing tests (no lead, as on most cards); override what a test is about. */
export function makeArticle(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  const { lead: _lead, ...meta } = makeMeta();
  return { ...meta, ...overrides };
}
