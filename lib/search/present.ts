import { getCategory } from '@/lib/content';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import type { SearchApiHit, SearchHit } from '@/lib/search/types';

/** A hit with its link, category name and date text in the page's language. */
export function presentHit(hit: SearchHit, lang: Locale): SearchApiHit {
  return {
    url: routes.article(lang, hit.id),
    title: hit.title,
    snippet: hit.snippet,
    category: getCategory(hit.categorySlug)?.name[lang] ?? hit.categorySlug,
    date: hit.date,
    dateText: formatDate(hit.date, lang),
  };
}

/** Link to a page of search results; page 1 has no page parameter. */
export function searchHref(lang: Locale, query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `${routes.search(lang)}?${params}`;
}
