import { getArticleSlugs } from '@/lib/content';
import { locales, type Locale } from '@/lib/i18n/settings';

/*
 * What `next build` renders ahead of time, and what waits for its first reader.
 *
 * Prerendered: the home pages, the newest articles of each language, page 1 of the archive and of
 * every category, authors, legal pages and feeds. Everything else under the same routes (older
 * articles, numbered listing pages, hashtag pages) is rendered on its first request and from then on
 * cached and revalidated exactly like a prerendered page (ISR, every 10 minutes). An unknown slug or
 * page number is a 404 either way.
 *
 * Why: prerendering costs about 20 ms per page on two cores and each article brings 1.7 pages
 * (hashtag and numbered pages grow with it), so a full prerender made the build grow by 50 ms per
 * article. The newest articles are where readers are; an old article's first reader after a deploy
 * waits for one render (tens of milliseconds) instead.
 */
export const PRERENDERED_ARTICLES_PER_LANGUAGE = 10;

/** generateStaticParams of the article route: the newest articles of each language. */
export function prerenderedArticleParams(): { lang: Locale; slug: string }[] {
  return locales.flatMap((lang) => getArticleSlugs(lang).slice(0, PRERENDERED_ARTICLES_PER_LANGUAGE).map((slug) => ({ lang, slug })));
}
