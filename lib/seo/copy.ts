import { resources } from '@/lib/i18n/resources';
import type { Locale } from '@/lib/i18n/settings';
import { siteConfig } from '@/lib/site';

/**
 * Reads a dotted key from the bundled `common` namespace without making it a compile-time
 * requirement: metadata must still build while the copy is being written, so a missing key
 * falls back instead of failing the type check.
 */
function lookup(lang: Locale, key: string): string | undefined {
  let cur: unknown = resources[lang].common;
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'string' && cur.trim() !== '' ? cur : undefined;
}

/** The publication's one-sentence description in a language (common.json → meta.siteDescription). */
export function siteDescription(lang: Locale): string {
  return lookup(lang, 'meta.siteDescription') ?? siteConfig.name;
}
