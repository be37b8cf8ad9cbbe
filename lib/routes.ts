import type { Locale } from '@/lib/i18n/settings';
import { categorySlugFor } from '@/lib/routing/categories';

/**
 * URL segment of each language's legal pages: the German edition says Impressum/Datenschutz, the
 * English one legal-notice/privacy.
 */
export const legalSegments = {
  imprint: { de: 'impressum', en: 'legal-notice' },
  privacy: { de: 'datenschutz', en: 'privacy' },
} as const satisfies Record<string, Record<Locale, string>>;

/**
 * Every internal path of the site is built here, so URL shapes live in one place. Categories are
 * given by id (front matter `category`) and come out under their slug in the page's language.
 */
export const routes = {
  home: (lang: Locale) => `/${lang}`,
  article: (lang: Locale, slug: string) => `/${lang}/articles/${slug}`,
  archive: (lang: Locale, page = 1) => (page > 1 ? `/${lang}/archive/${page}` : `/${lang}/archive`),
  category: (lang: Locale, id: string, page = 1) => {
    const slug = categorySlugFor(lang, id);
    return page > 1 ? `/${lang}/category/${slug}/${page}` : `/${lang}/category/${slug}`;
  },
  tag: (lang: Locale, tag: string, page = 1) => (page > 1 ? `/${lang}/tag/${tag}/${page}` : `/${lang}/tag/${tag}`),
  author: (lang: Locale, slug: string) => `/${lang}/author/${slug}`,
  search: (lang: Locale, query?: string) => (query ? `/${lang}/search?q=${encodeURIComponent(query)}` : `/${lang}/search`),
  consulting: (lang: Locale) => `/${lang}/consulting`,
  imprint: (lang: Locale) => `/${lang}/${legalSegments.imprint[lang]}`,
  privacy: (lang: Locale) => `/${lang}/${legalSegments.privacy[lang]}`,
  rss: (lang: Locale) => `/${lang}/feed.xml`,
  atom: (lang: Locale) => `/${lang}/atom.xml`,
  categoryRss: (lang: Locale, id: string) => `/${lang}/category/${categorySlugFor(lang, id)}/feed.xml`,
  categoryAtom: (lang: Locale, id: string) => `/${lang}/category/${categorySlugFor(lang, id)}/atom.xml`,
} as const;
