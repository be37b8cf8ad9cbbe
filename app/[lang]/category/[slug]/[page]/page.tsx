import type { Metadata } from 'next';
import { CategoryView, categoryMetadata, categoryPageCount, categoryPageParams } from '@/components/listing/category-view';
import { requireLocale, requirePage } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; slug: string; page: string }> };

export const dynamicParams = false;
// The sidebar's "Beliebte Artikel" come from read counts: refresh every 10 minutes.
export const revalidate = 600;

export function generateStaticParams() {
  return categoryPageParams();
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
