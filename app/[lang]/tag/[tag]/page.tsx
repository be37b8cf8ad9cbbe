import type { Metadata } from 'next';
import { TagView, tagMetadata, tagParams } from '@/components/listing/tag-view';
import { requireLocale } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; tag: string }> };

export const dynamicParams = false;
// The sidebar's "Beliebte Artikel" come from read counts: refresh every 10 minutes.
export const revalidate = 600;

export function generateStaticParams() {
  return tagParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, tag } = await params;
  return tagMetadata(requireLocale(lang), tag, 1);
}

export default async function TagPage({ params }: Props) {
  const { lang, tag } = await params;
  return <TagView lang={requireLocale(lang)} slug={tag} page={1} />;
}
