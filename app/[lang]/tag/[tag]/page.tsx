import type { Metadata } from 'next';
import { TagView, tagMetadata } from '@/components/listing/tag-view';
import { redirectIfNonCanonical, requireLocale, willRedirect } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; tag: string }> };

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
  const { lang: raw, tag } = await params;
  const lang = requireLocale(raw);
  if (willRedirect(`/${lang}/tag/${tag}`)) return {};
  return tagMetadata(lang, tag, 1);
}

export default async function TagPage({ params }: Props) {
  const { lang: raw, tag } = await params;
  const lang = requireLocale(raw);
  // "/de/tag/Klarna", "/de/tag/künstlicheintelligenz": one 308 to the canonical hashtag address.
  redirectIfNonCanonical(`/${lang}/tag/${tag}`);
  return <TagView lang={lang} slug={tag} page={1} />;
}
