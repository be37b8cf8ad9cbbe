import type { Metadata } from 'next';
import { NotFoundView } from '@/components/listing/not-found-view';
import { requireLocale } from '@/components/listing/route-params';
import { getT } from '@/lib/i18n/server';
import { locales } from '@/lib/i18n/settings';

/*
 * The 404 page in the URL's language, prerendered once per language. scripts/serve.mjs sends it,
 * with status 404, for unknown pages under the routes whose pages the sitemap lists (articles,
 * tags, categories, authors, archive pages) and for this URL itself. Next would render those 404s
 * per request, as an empty shell that needs JavaScript, and could only fall back to the global,
 * German-first page (app/global-not-found.tsx). It is in no sitemap.
 */

type Props = { params: Promise<{ lang: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = requireLocale((await params).lang);
  return { title: getT(lang, 'pages')('notFound.title'), robots: { index: false, follow: true } };
}

export default async function LocalizedNotFoundPage({ params }: Props) {
  return <NotFoundView lang={requireLocale((await params).lang)} />;
}
