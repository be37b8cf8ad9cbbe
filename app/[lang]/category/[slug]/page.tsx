import type { Metadata } from 'next';
import { CategoryView, categoryMetadata, categoryParams } from '@/components/listing/category-view';
import { requireLocale } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; slug: string }> };

export const dynamicParams = false;
// The sidebar's "Beliebte Artikel" come from read counts: refresh every 10 minutes.
export const revalidate = 600;

export function generateStaticParams() {
  return categoryParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  return categoryMetadata(requireLocale(lang), slug, 1);
}

export default async function CategoryPage({ params }: Props) {
  const { lang, slug } = await params;
  return <CategoryView lang={requireLocale(lang)} slug={slug} page={1} />;
}
