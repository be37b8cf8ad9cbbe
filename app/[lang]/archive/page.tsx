import type { Metadata } from 'next';
import { ArchiveView, archiveMetadata } from '@/components/listing/archive-view';
import { requireLocale } from '@/components/listing/route-params';
import { locales } from '@/lib/i18n/settings';

type Props = { params: Promise<{ lang: string }> };

export const dynamicParams = false;
// The sidebar's "Beliebte Artikel" come from read counts: refresh every 10 minutes.
// A listing: re-rendered at most 30 s after it went stale, so a scheduled article reaches it within the
// 60-second promise even if this process missed its publication timer (scripts/serve.mjs).
export const revalidate = 30;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  return archiveMetadata(requireLocale(lang), 1);
}

export default async function ArchivePage({ params }: Props) {
  const { lang } = await params;
  return <ArchiveView lang={requireLocale(lang)} page={1} />;
}
