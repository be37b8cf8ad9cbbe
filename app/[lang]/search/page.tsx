import type { Metadata } from 'next';
import { SearchResults } from '@/components/search/search-results';
import { requireLocale } from '@/components/listing/route-params';
import { getT } from '@/lib/i18n/server';
import { routes } from '@/lib/routes';
import { cleanQuery, parsePage } from '@/lib/search/query';
import { buildPageMetadata } from '@/lib/seo/metadata';

interface Props {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = requireLocale((await params).lang);
  const { text } = cleanQuery((await searchParams).q);
  const t = getT(lang, 'search');
  return buildPageMetadata({
    lang,
    path: routes.search(lang),
    title: text ? t('page.titleWithQuery', { query: text }) : t('page.title'),
    description: t('page.description'),
    // The query travels along, so the header's language switch keeps the reader's search.
    alternates: { de: routes.search('de', text), en: routes.search('en', text) },
    // Result pages are thin, endless and user-driven: never in the index.
    noindex: true,
  });
}

/** Search results, rendered on the server from ?q= and ?page= (works without JavaScript). */
export default async function SearchPage({ params, searchParams }: Props) {
  const lang = requireLocale((await params).lang);
  const query = await searchParams;
  return <SearchResults lang={lang} query={cleanQuery(query.q)} page={parsePage(query.page)} />;
}
