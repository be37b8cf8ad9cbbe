import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LegalView, legalMetadata } from '@/components/listing/legal-view';
import { redirectIfNonCanonical, requireLocale, willRedirect } from '@/components/listing/route-params';
import type { Locale } from '@/lib/i18n/settings';

type Props = { params: Promise<{ lang: string }> };

// The English name of the Datenschutz page; the German edition has /de/datenschutz (lib/routes.ts).
const LANG: Locale = 'en';

// The other language reaches this route only to be redirected to its own name for the page.
export const dynamicParams = true;

export function generateStaticParams() {
  return [{ lang: LANG }];
}

async function resolve(params: Props['params']): Promise<Locale> {
  const lang = requireLocale((await params).lang);
  if (lang !== LANG) {
    redirectIfNonCanonical(`/${lang}/privacy`);
    notFound();
  }
  return lang;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = requireLocale((await params).lang);
  if (lang !== LANG && willRedirect(`/${lang}/privacy`)) return {};
  return legalMetadata('privacy', await resolve(params));
}

export default async function PrivacyPolicyPage({ params }: Props) {
  return <LegalView doc="privacy" lang={await resolve(params)} />;
}
