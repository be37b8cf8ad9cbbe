import 'server-only';
import { getFeaturedArticles, getPublishedBySlug, type ArticleMeta } from '@/lib/content';
import { berlinDay, shiftDay } from '@/lib/db/salt';
import { locales, type Locale } from '@/lib/i18n/settings';
import { processSingleton } from '@/lib/process-cache';
import { POPULAR_WINDOW_DAYS, rankPopular } from '@/lib/reads/ranking';
import { getStore } from '@/lib/store';
import { safeMessage } from '@/lib/store/redact';
import type { ReadCount } from '@/lib/store/types';

/*
 * "Beliebte Artikel" ranks by the read counts of the shared store, so every instance on one
 * PostgreSQL shows the same list. Pages render synchronously and must never wait for the database:
 * they read an in-process snapshot of the counts, and a stale snapshot is refreshed in the
 * background (one query per language and interval, however many pages render). Until the first
 * refresh has answered, and while the database is unreachable, the editor picks fill the list.
 * Pages showing the list revalidate every 10 minutes, which bounds how fresh it looks to readers.
 */

/** How old the snapshot may get before a render triggers a refresh (POPULAR_REFRESH_MS, default 60 s). */
function refreshMs(): number {
  const value = Number(process.env.POPULAR_REFRESH_MS);
  return Number.isFinite(value) && value >= 0 ? value : 60_000;
}

interface Snapshot {
  /** When the counts were last asked for (also after a failure: no retry storm against a down database). */
  at: number;
  counts: ReadCount[];
  refreshing?: Promise<void>;
}

const snapshots = () => processSingleton('popular.snapshots', () => new Map<Locale, Snapshot>());

/** Fetches the counts of the last 30 days into the snapshot; never rejects. */
export function refreshPopularCounts(lang: Locale, now = Date.now()): Promise<void> {
  const map = snapshots();
  const current = map.get(lang) ?? { at: 0, counts: [] };
  if (current.refreshing) return current.refreshing;
  const since = shiftDay(berlinDay(new Date(now)), POPULAR_WINDOW_DAYS - 1);
  // Deferred by a tick so the snapshot below is marked as refreshing before any outcome lands.
  const refreshing = Promise.resolve().then(async () => {
    try {
      const counts = await getStore().reads.top(lang, since, 50);
      map.set(lang, { at: Date.now(), counts });
    } catch (error) {
      // Keep the last known counts (or none: editor picks); try again after the interval.
      map.set(lang, { at: Date.now(), counts: map.get(lang)?.counts ?? [] });
      if (process.env.NEXT_PHASE !== 'phase-production-build') console.error(`popular articles: counts not refreshed (${safeMessage(error)})`);
    }
  });
  map.set(lang, { ...current, refreshing });
  return refreshing;
}

/** Refreshes every language, waiting at most `timeoutMs` (server start: warm, but never hold it up). */
export async function warmPopularCounts(timeoutMs = 2000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(locales.map((lang) => refreshPopularCounts(lang))),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
      timer.unref();
    }),
  ]);
  clearTimeout(timer);
}

/** The counts the ranking uses right now; starts a background refresh when they are stale. */
export function popularCounts(lang: Locale, now = Date.now()): ReadCount[] {
  const snapshot = snapshots().get(lang);
  if (!snapshot || (!snapshot.refreshing && now - snapshot.at >= refreshMs())) void refreshPopularCounts(lang, now);
  return snapshot?.counts ?? [];
}

/** "Beliebte Artikel": most read published articles of the last 30 days, filled with editor picks. */
export function getPopularArticles(lang: Locale, limit = 5): ArticleMeta[] {
  const picks = getFeaturedArticles(lang, limit).filter((a) => a.status === 'published');
  return rankPopular(popularCounts(lang), getPublishedBySlug(lang), picks, limit);
}

/** Forgets the snapshots (tests). */
export function resetPopularCache(): void {
  snapshots().clear();
}
