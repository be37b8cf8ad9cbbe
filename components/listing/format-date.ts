import { localeTags, type Locale } from '@/lib/i18n/settings';
import { siteConfig } from '@/lib/site';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    // Always Berlin time: the build server's zone must not shift an article to another day.
    f = new Intl.DateTimeFormat(localeTags[lang], { timeZone: siteConfig.timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

/** "28. August 2024" / "28 August 2024" for an ISO date-time. */
export function formatArticleDate(iso: string, lang: Locale): string {
  return formatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** "August 2024", used to group the archive by month. */
export function formatMonth(iso: string, lang: Locale): string {
  return formatter(lang, { month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** Stable "2024-08" key of the Berlin month an instant falls in. */
export function monthKey(iso: string): string {
  const parts = formatter('de', { year: 'numeric', month: '2-digit' }).formatToParts(new Date(iso));
  const year = parts.find((p) => p.type === 'year')?.value ?? '0000';
  const month = parts.find((p) => p.type === 'month')?.value ?? '00';
  return `${year}-${month}`;
}
