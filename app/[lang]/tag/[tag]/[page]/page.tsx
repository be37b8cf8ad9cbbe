import type { Metadata } from 'next';
import { TagView, tagMetadata, tagPageCount } from '@/components/listing/tag-view';
import { redirectIfNonCanonical, requireLocale, requirePage, willRedirect } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; tag: string; page: string }> };

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
  const { lang: raw, tag, page } = await params;
  const lang = requireLocale(raw);
  if (willRedirect(`/${lang}/tag/${tag}/${page}`)) return {};
  return tagMetadata(lang, tag, requirePage(page, tagPageCount(lang, tag)));
}

export default async function TagPagedPage({ params }: Props) {
  const { lang: raw, tag, page } = await params;
  const lang = requireLocale(raw);
  redirectIfNonCanonical(`/${lang}/tag/${tag}/${page}`);
  return <TagView lang={lang} slug={tag} page={requirePage(page, tagPageCount(lang, tag))} />;
}
