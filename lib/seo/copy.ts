import { resources, type Namespace } from '@/lib/i18n/resources';
import type { Locale } from '@/lib/i18n/settings';
import { siteConfig } from '@/lib/site';

/**
 * Reads a dotted key from the bundled translations without making it a compile-time
 * requirement: feeds and metadata must still build while another namespace's copy is being
 * written, so a missing key yields undefined instead of failing the type check.
 */
export function lookupCopy(lang: Locale, ns: Namespace, key: string): string | undefined {
  let cur: unknown = resources[lang][ns];
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'string' && cur.trim() !== '' ? cur : undefined;
}

/** The publication's one-sentence description in a language. */
export function siteDescription(lang: Locale): string {
  return lookupCopy(lang, 'common', 'meta.siteDescription') ?? lookupCopy(lang, 'common', 'footer.about') ?? siteConfig.name;
}

/** Short tagline after the brand ("KI-News für Entscheider"). */
export function siteTagline(lang: Locale): string | undefined {
  return lookupCopy(lang, 'common', 'brand.tagline');
}
