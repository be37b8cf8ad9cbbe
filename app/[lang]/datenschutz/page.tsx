import type { Metadata } from 'next';
import { LegalView, legalMetadata } from '@/components/listing/legal-view';
import { requireLocale } from '@/components/listing/route-params';
import { locales } from '@/lib/i18n/settings';

type Props = { params: Promise<{ lang: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return legalMetadata('privacy', requireLocale((await params).lang));
}

export default async function PrivacyPage({ params }: Props) {
  return <LegalView doc="privacy" lang={requireLocale((await params).lang)} />;
}
