import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConsultingFormSection } from '@/components/consulting/consulting-form-section';
import { ConsultingOffers } from '@/components/consulting/consulting-offers';
import { PageHeader } from '@/components/listing/page-header';
import { getT } from '@/lib/i18n/server';
import { isLocale, locales, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/site';
import { ListingShell } from '@/components/listing/listing-shell';

type Props = { params: Promise<{ lang: string }> };

// Static: the form posts to /api/consulting, so nothing here depends on the request.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

function requireLang(lang: string): Locale {
  if (!isLocale(lang)) notFound();
  return lang;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  const t = getT(lang, 'consulting');
  return buildPageMetadata({
    lang,
    path: routes.consulting(lang),
    title: t('meta.title'),
    description: t('meta.description'),
    alternates: Object.fromEntries(locales.map((l) => [l, routes.consulting(l)])),
  });
}

export default async function ConsultingPage({ params }: Props) {
  const lang = requireLang((await params).lang);
  const t = getT(lang, 'consulting');
  return (
    <ListingShell>
      <PageHeader eyebrow={t('hero.eyebrow')} title={t('hero.title')} intro={t('hero.lead', { owner: siteConfig.name })} />
      <ConsultingOffers lang={lang} />
      <ConsultingFormSection lang={lang} />
    </ListingShell>
  );
}
