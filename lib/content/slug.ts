const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss' };

/** German-aware slug: "Künstliche Intelligenz & Straße" → "kuenstliche-intelligenz-strasse". */
export function slugify(input: string): string {
  return input
    .replace(/[äöüßÄÖÜẞ]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

/** URL form of a hashtag: "KünstlicheIntelligenz" → "kuenstlicheintelligenz". */
export function tagSlug(label: string): string {
  return slugify(label).replace(/-/g, '');
}
