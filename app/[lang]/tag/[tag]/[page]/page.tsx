import type { Metadata } from 'next';
import { TagView, tagMetadata, tagPageCount, tagPageParams } from '@/components/listing/tag-view';
import { requireLocale, requirePage } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; tag: string; page: string }> };

export const dynamicParams = false;
// The sidebar's "Beliebte Artikel" come from read counts: refresh every 10 minutes.
export const revalidate = 600;

export function generateStaticParams() {
  return tagPageParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: raw, tag, page } = await params;
  const lang = requireLocale(raw);
  return tagMetadata(lang, tag, requirePage(page, tagPageCount(lang, tag)));
}

export default async function TagPagedPage({ params }: Props) {
  const { lang: raw, tag, page } = await params;
  const lang = requireLocale(raw);
  return <TagView lang={lang} slug={tag} page={requirePage(page, tagPageCount(lang, tag))} />;
}
