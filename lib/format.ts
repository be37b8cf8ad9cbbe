import { localeTags, type Locale } from '@/lib/i18n/settings';
import { siteConfig } from '@/lib/site';

// Formatters are costly to create; one per language and style is enough for a whole build.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

const STYLES = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  time: { hour: 'numeric', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function dateFormatter(lang: Locale, kind: keyof typeof STYLES): Intl.DateTimeFormat {
  const key = `${lang}|${kind}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    // Always Berlin time: the newsroom's clock, and identical on the build server and in the browser.
    f = new Intl.DateTimeFormat(localeTags[lang], { timeZone: siteConfig.timeZone, ...STYLES[kind] });
    cache.set(key, f);
  }
  return f;
}

function toDate(iso: string | Date): Date | undefined {
  const d = iso instanceof Date ? iso : new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** "28. August 2024" / "28 August 2024" in Berlin time; empty string for an invalid date. */
export function formatDate(iso: string | Date, lang: Locale): string {
  const d = toDate(iso);
  return d ? dateFormatter(lang, 'date').format(d) : '';
}

/** "28. August 2024, 9:30 Uhr" / "28 August 2024 at 09:30" in Berlin time; empty string for an invalid date. */
export function formatDateTime(iso: string | Date, lang: Locale): string {
  const d = toDate(iso);
  if (!d) return '';
  // Intl's German "28. August 2024 um 09:30" is not how German newsrooms write a time.
  if (lang === 'de') return `${dateFormatter(lang, 'date').format(d)}, ${dateFormatter(lang, 'time').format(d)} Uhr`;
  return dateFormatter(lang, 'dateTime').format(d);
}

/** Locale-aware number ("4.000" / "4,000"). */
export function formatNumber(value: number, lang: Locale, options?: Intl.NumberFormatOptions): string {
  if (options) return new Intl.NumberFormat(localeTags[lang], options).format(value);
  const key = `${lang}|number`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(localeTags[lang]);
    cache.set(key, f);
  }
  return f.format(value);
}
