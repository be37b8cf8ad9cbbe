import type { Locale } from '@/lib/i18n/settings';

/** Every internal path of the site is built here, so URL shapes live in one place. */
export const routes = {
  home: (lang: Locale) => `/${lang}`,
  article: (lang: Locale, slug: string) => `/${lang}/articles/${slug}`,
  archive: (lang: Locale, page = 1) => (page > 1 ? `/${lang}/archive/${page}` : `/${lang}/archive`),
  category: (lang: Locale, slug: string, page = 1) => (page > 1 ? `/${lang}/category/${slug}/${page}` : `/${lang}/category/${slug}`),
  tag: (lang: Locale, tag: string, page = 1) => (page > 1 ? `/${lang}/tag/${tag}/${page}` : `/${lang}/tag/${tag}`),
  author: (lang: Locale, slug: string) => `/${lang}/author/${slug}`,
  search: (lang: Locale, query?: string) => (query ? `/${lang}/search?q=${encodeURIComponent(query)}` : `/${lang}/search`),
  consulting: (lang: Locale) => `/${lang}/consulting`,
  imprint: (lang: Locale) => `/${lang}/impressum`,
  privacy: (lang: Locale) => `/${lang}/datenschutz`,
  rss: (lang: Locale) => `/${lang}/feed.xml`,
  atom: (lang: Locale) => `/${lang}/atom.xml`,
  categoryRss: (lang: Locale, slug: string) => `/${lang}/category/${slug}/feed.xml`,
  categoryAtom: (lang: Locale, slug: string) => `/${lang}/category/${slug}/atom.xml`,
} as const;
