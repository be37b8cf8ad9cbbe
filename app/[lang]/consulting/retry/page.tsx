import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ConsultingFormSection } from '@/components/consulting/consulting-form-section';
import { PageHeader } from '@/components/listing/page-header';
import { decodeFormState, FORM_STATE_HEADER } from '@/lib/http/form-state';
import { getT } from '@/lib/i18n/server';
import { isLocale, type Locale } from '@/lib/i18n/settings';
import { consultingRetryPath } from '@/lib/leads/paths';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { ListingShell } from '@/components/listing/listing-shell';

type Props = { params: Promise<{ lang: string }> };

function requireLang(lang: string): Locale {
  if (!isLocale(lang)) notFound();
  return lang;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  return buildPageMetadata({ lang, path: consultingRetryPath(lang), title: getT(lang, 'consulting')('retry.metaTitle'), noindex: true });
}

/**
 * The form again, for a submission without JavaScript that was not stored: filled in with what the
 * reader sent, the errors next to their fields. The route handler (app/api/consulting) renders
 * this page through a request to its own server, with the state in a private header (see
 * lib/http/form-page.ts), and answers the reader with it and a 422, 429 or 503. Dynamic (it reads
 * a header), so never cached; opened directly, without that header, it is the empty form.
 */
export default async function ConsultingRetryPage({ params }: Props) {
  const lang = requireLang((await params).lang);
  const state = decodeFormState((await headers()).get(FORM_STATE_HEADER));
  const t = getT(lang, 'consulting');
  if (!state) {
    return (
      <ListingShell>
        <PageHeader title={t('form.title')} />
        <ConsultingFormSection lang={lang} />
      </ListingShell>
    );
  }
  const intro = state.problem === 'invalid' ? t('retry.invalidText') : t(`errors.${state.problem}`);
  return (
    <ListingShell>
      <div role="alert">
        <PageHeader title={t(`retry.${state.problem}Title`)} intro={intro} />
      </div>
      <ConsultingFormSection lang={lang} state={state} />
    </ListingShell>
  );
}
