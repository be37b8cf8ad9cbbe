import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/listing/page-header';
import styles from '@/components/consulting/consulting.module.css';
import { getT } from '@/lib/i18n/server';
import { isLocale, locales, type Locale } from '@/lib/i18n/settings';
import { consultingSentPath } from '@/lib/leads/paths';
import { routes } from '@/lib/routes';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { ListingShell } from '@/components/listing/listing-shell';

type Props = { params: Promise<{ lang: string }> };

// Reached only by the 303 after a stored request (forms without JavaScript); static like the form page.
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
  return buildPageMetadata({ lang, path: consultingSentPath(lang), title: getT(lang, 'consulting')('sent.metaTitle'), noindex: true });
}

export default async function ConsultingSentPage({ params }: Props) {
  const lang = requireLang((await params).lang);
  const t = getT(lang, 'consulting');
  return (
    <ListingShell>
      <div role="status" data-testid="consulting-sent">
        <PageHeader title={t('sent.title')} intro={t('sent.text')} />
      </div>
      <p className={styles.actions}>
        <a href={routes.home(lang)}>{t('sent.back')}</a>
        <a href={routes.consulting(lang)}>{t('sent.another')}</a>
      </p>
    </ListingShell>
  );
}
