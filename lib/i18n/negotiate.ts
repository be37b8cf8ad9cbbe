import { defaultLocale, isLocale, locales, type Locale } from '@/lib/i18n/settings';

// Real headers are short; anything longer is noise or an attack and is cut before parsing.
const MAX_HEADER_LENGTH = 2000;
const MAX_ENTRIES = 50;

interface Range {
  tag: string;
  q: number;
  order: number;
}

/** Parses an Accept-Language header into ranges sorted by preference; ignores malformed parts. */
export function parseAcceptLanguage(header: string | null | undefined): Range[] {
  if (typeof header !== 'string' || header.length === 0) return [];
  const ranges: Range[] = [];
  const parts = header.slice(0, MAX_HEADER_LENGTH).split(',').slice(0, MAX_ENTRIES);
  parts.forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag?.trim().toLowerCase() ?? '';
    if (!/^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/.test(tag)) return;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=(.*)$/i.exec(p);
      if (!m) continue;
      // A weight that isn't a number makes the range unusable rather than top priority.
      const value = /^\s*\d*(?:\.\d*)?\s*$/.test(m[1] ?? '') && (m[1] ?? '').trim() !== '' ? Number(m[1]) : Number.NaN;
      q = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
    }
    if (q > 0) ranges.push({ tag, q, order });
  });
  // Stable by header order for equal q, as RFC 9110 leaves ties to the server.
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order);
}

/**
 * Chooses the language for a request without a language in the path: a valid NEXT_LOCALE cookie
 * wins (the reader chose it with the switcher), then the best Accept-Language match, then German.
 */
export function resolveLocale({ cookie, acceptLanguage }: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(cookie)) return cookie;
  for (const { tag } of parseAcceptLanguage(acceptLanguage)) {
    if (tag === '*') return defaultLocale;
    const primary = tag.split('-')[0];
    const match = locales.find((l) => l === primary);
    if (match) return match;
  }
  return defaultLocale;
}
