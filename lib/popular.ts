import { getFeaturedArticles, type ArticleMeta } from '@/lib/content';
import type { Locale } from '@/lib/i18n/settings';

/** "Beliebte Artikel": most read articles of a language (editor picks until reads are counted). */
export function getPopularArticles(lang: Locale, limit = 5): ArticleMeta[] {
  return getFeaturedArticles(lang, limit);
}
