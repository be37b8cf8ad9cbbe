import 'server-only';
import { getAllArticles, getFeaturedArticles, type ArticleMeta } from '@/lib/content';
import { tryGetDb } from '@/lib/db';
import { berlinDay, shiftDay } from '@/lib/db/salt';
import type { Locale } from '@/lib/i18n/settings';
import { POPULAR_WINDOW_DAYS, rankPopular } from '@/lib/reads/ranking';
import { createSqliteReadStore, type ReadCount } from '@/lib/reads/store';

// A static build renders the sidebar on every page: read the counts once a minute, not per page.
// Pages showing the list revalidate every 10 minutes, which bounds how fresh it looks to readers.
const MEMO_MS = 60 * 1000;
const memo = new Map<Locale, { at: number; counts: ReadCount[] }>();

function readCounts(lang: Locale): ReadCount[] {
  const now = Date.now();
  const hit = memo.get(lang);
  if (hit && now - hit.at < MEMO_MS) return hit.counts;
  let counts: ReadCount[] = [];
  try {
    const db = tryGetDb();
    if (db) counts = createSqliteReadStore(db).top(lang, shiftDay(berlinDay(new Date(now)), POPULAR_WINDOW_DAYS - 1), 50);
  } catch {
    // No database (read-only build, corrupt file): fall back to editor picks rather than fail a page.
  }
  memo.set(lang, { at: now, counts });
  return counts;
}

/** "Beliebte Artikel": most read published articles of the last 30 days, filled with editor picks. */
export function getPopularArticles(lang: Locale, limit = 5): ArticleMeta[] {
  const published = getAllArticles(lang).filter((a) => a.status === 'published');
  const picks = getFeaturedArticles(lang, limit).filter((a) => a.status === 'published');
  return rankPopular(readCounts(lang), published, picks, limit);
}

/** Forgets memoised counts (tests). */
export function resetPopularCache(): void {
  memo.clear();
}
