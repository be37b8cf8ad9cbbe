import type { Metadata } from 'next';
import { CategoryView, categoryMetadata, categoryPageCount, requireCategoryId } from '@/components/listing/category-view';
import { redirectIfNonCanonical, requireLocale, requirePage, willRedirect } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; slug: string; page: string }> };

// Rendered on first request, then cached like a prerendered page (lib/prerender.ts).
export const dynamicParams = true;
// The sidebar's "Beliebte Artikel" come from read counts: refresh every 10 minutes.
// A listing: re-rendered at most 30 s after it went stale, so a scheduled article reaches it within the
// 60-second promise even if this process missed its publication timer (scripts/serve.mjs).
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: raw, slug, page } = await params;
  const lang = requireLocale(raw);
  if (willRedirect(`/${lang}/category/${slug}/${page}`)) return {};
  const id = requireCategoryId(lang, slug);
  return categoryMetadata(lang, id, requirePage(page, categoryPageCount(lang, id)));
}

export default async function CategoryPagedPage({ params }: Props) {
  const { lang: raw, slug, page } = await params;
  const lang = requireLocale(raw);
  redirectIfNonCanonical(`/${lang}/category/${slug}/${page}`);
  const id = requireCategoryId(lang, slug);
  return <CategoryView lang={lang} slug={id} page={requirePage(page, categoryPageCount(lang, id))} />;
}
