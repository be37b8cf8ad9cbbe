import type { Metadata } from 'next';
import { CategoryView, categoryMetadata, categoryPageCount } from '@/components/listing/category-view';
import { requireLocale, requirePage } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; slug: string; page: string }> };

// Rendered on first request, then cached like a prerendered page (lib/prerender.ts).
export const dynamicParams = true;
// The sidebar's "Beliebte Artikel" come from read counts: refresh every 10 minutes.
export const revalidate = 600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: raw, slug, page } = await params;
  const lang = requireLocale(raw);
  return categoryMetadata(lang, slug, requirePage(page, categoryPageCount(lang, slug)));
}

export default async function CategoryPagedPage({ params }: Props) {
  const { lang: raw, slug, page } = await params;
  const lang = requireLocale(raw);
  return <CategoryView lang={lang} slug={slug} page={requirePage(page, categoryPageCount(lang, slug))} />;
}
