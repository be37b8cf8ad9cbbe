import type { Metadata } from 'next';
import { ArchiveView, archiveMetadata, archivePageCount } from '@/components/listing/archive-view';
import { redirectIfNonCanonical, requireLocale, requirePage, willRedirect } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; page: string }> };

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
  const { lang: raw, page } = await params;
  const lang = requireLocale(raw);
  if (willRedirect(`/${lang}/archive/${page}`)) return {};
  return archiveMetadata(lang, requirePage(page, archivePageCount(lang)));
}

export default async function ArchivePagedPage({ params }: Props) {
  const { lang: raw, page } = await params;
  const lang = requireLocale(raw);
  // "/de/archive/1" is the archive itself: one 308 to "/de/archive".
  redirectIfNonCanonical(`/${lang}/archive/${page}`);
  return <ArchiveView lang={lang} page={requirePage(page, archivePageCount(lang))} />;
}
