import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConsultingFormSection } from '@/components/consulting/consulting-form-section';
import { PageHeader } from '@/components/listing/page-header';
import { getT } from '@/lib/i18n/server';
import { isLocale, type Locale } from '@/lib/i18n/settings';
import { parseRetryErrors } from '@/lib/leads/paths';
import { routes } from '@/lib/routes';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { ListingShell } from '@/components/listing/listing-shell';

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function requireLang(lang: string): Locale {
  if (!isLocale(lang)) notFound();
  return lang;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  return buildPageMetadata({ lang, path: `${routes.consulting(lang)}/retry`, title: getT(lang, 'consulting')('retry.metaTitle'), noindex: true });
}

/**
 * Result page for forms sent without JavaScript that were not stored. Dynamic (it reads the query);
 * the query carries only error codes, which are checked against a fixed list before use.
 */
export default async function ConsultingRetryPage({ params, searchParams }: Props) {
  const lang = requireLang((await params).lang);
  const query = await searchParams;
  const reason = query.reason === 'rateLimited' ? 'rateLimited' : query.reason === 'invalid' ? 'invalid' : 'error';
  const errors = parseRetryErrors(typeof query.e === 'string' ? query.e : undefined);
  const t = getT(lang, 'consulting');
  const title = reason === 'invalid' ? t('retry.invalidTitle') : reason === 'rateLimited' ? t('retry.rateLimitedTitle') : t('retry.errorTitle');
  const intro = reason === 'invalid' ? t('retry.invalidText') : reason === 'rateLimited' ? t('errors.rateLimited') : t('errors.network');
  return (
    <ListingShell>
      <div role="alert">
        <PageHeader title={title} intro={intro} />
      </div>
      <ConsultingFormSection lang={lang} initialErrors={errors} />
    </ListingShell>
  );
}
