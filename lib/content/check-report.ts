import type { ArticleMeta } from '@/lib/content/types';
import { siteConfig } from '@/lib/site';

/**
 * What `npm run content:check` tells editors about timing: which articles are scheduled and when
 * they go live (in Berlin time, whatever the machine's zone), and translation pairs that would go
 * live at different moments. Pure functions of the loaded articles, so they are tested directly.
 */

const BERLIN = new Intl.DateTimeFormat('de-DE', {
  timeZone: siteConfig.timeZone,
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "Do., 01.01.2099, 08:00 MEZ": an instant as an editor in Berlin reads it. */
export function formatBerlinTime(iso: string): string {
  return BERLIN.format(new Date(iso));
}

type Timed = Pick<ArticleMeta, 'lang' | 'slug' | 'date' | 'status' | 'translationKey' | 'file' | 'title'>;

export interface ScheduledEntry {
  file: string;
  lang: string;
  title: string;
  date: string;
  goesLive: string;
}

/** Scheduled articles, soonest first, with their go-live time in Berlin time. */
export function scheduledArticles(articles: readonly Timed[]): ScheduledEntry[] {
  return articles
    .filter((a) => a.status === 'scheduled')
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || a.file.localeCompare(b.file))
    .map((a) => ({ file: a.file, lang: a.lang, title: a.title, date: a.date, goesLive: formatBerlinTime(a.date) }));
}

/**
 * One warning per translation group that holds a scheduled article and whose languages would not
 * go live together: a different time, or a translation that is still a draft. The language switch
 * and hreflang link the two only while both are public.
 */
export function translationTimingWarnings(articles: readonly Timed[]): string[] {
  const groups = new Map<string, Timed[]>();
  for (const a of articles) groups.set(a.translationKey, [...(groups.get(a.translationKey) ?? []), a]);
  const warnings: string[] = [];
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    if (group.length < 2 || !group.some((a) => a.status === 'scheduled')) continue;
    const describe = (a: Timed) =>
      a.status === 'draft' ? `${a.lang} is still a draft (${a.file})` : `${a.lang} ${a.status === 'published' ? 'went live' : 'goes live'} ${formatBerlinTime(a.date)} (${a.file})`;
    const live = group.filter((a) => a.status !== 'draft');
    const times = new Set(live.map((a) => Date.parse(a.date)));
    if (times.size > 1 || live.length < group.length) {
      warnings.push(`translation "${key}" does not go live together: ${[...group].sort((a, b) => a.lang.localeCompare(b.lang)).map(describe).join('; ')}`);
    }
  }
  return warnings;
}
