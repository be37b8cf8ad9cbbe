/** Locales of the publication; the first is the default. */
export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'de';
export const defaultNS = 'common';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** BCP 47 tags used for Intl, <html lang> and hreflang. */
export const localeTags: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
/** Open Graph locale codes. */
export const ogLocales: Record<Locale, string> = { de: 'de_DE', en: 'en_GB' };

/** Type guard for a route segment or cookie value. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
