import type { Metadata } from 'next';
import { TagView, tagMetadata } from '@/components/listing/tag-view';
import { requireLocale } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; tag: string }> };

// Rendered on first request, then cached like a prerendered page (lib/prerender.ts).
export const dynamicParams = true;
// The sidebar's "Beliebte Artikel" come from read counts: refresh every 10 minutes.
export const revalidate = 600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, tag } = await params;
  return tagMetadata(requireLocale(lang), tag, 1);
}

export default async function TagPage({ params }: Props) {
  const { lang, tag } = await params;
  return <TagView lang={requireLocale(lang)} slug={tag} page={1} />;
}
