import type { Metadata } from 'next';
import { CategoryView, categoryMetadata, categoryParams, requireCategoryId } from '@/components/listing/category-view';
import { requireLocale, willRedirect } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; slug: string }> };

// Every category is prerendered under its slug in each language; other slugs reach the page only to
// be redirected (an old or other-language slug, lib/routing/redirects.ts) or refused with a 404.
export const dynamicParams = true;
// The sidebar's "Beliebte Artikel" come from read counts: refresh every 10 minutes.
// A listing: re-rendered at most 30 s after it went stale, so a scheduled article reaches it within the
// 60-second promise even if this process missed its publication timer (scripts/serve.mjs).
export const revalidate = 30;

export function generateStaticParams() {
  return categoryParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: raw, slug } = await params;
  const lang = requireLocale(raw);
  if (willRedirect(`/${lang}/category/${slug}`)) return {};
  return categoryMetadata(lang, requireCategoryId(lang, slug), 1);
}

export default async function CategoryPage({ params }: Props) {
  const { lang: raw, slug } = await params;
  const lang = requireLocale(raw);
  return <CategoryView lang={lang} slug={requireCategoryId(lang, slug)} page={1} />;
}
