import type { FormState } from '@/lib/http/form-state';
import { ORIGIN_PARAM } from '@/lib/http/origin';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { CONSULTING_ENDPOINT } from '@/lib/leads/paths';
import { LEAD_LIMITS, LEAD_TOPICS } from '@/lib/leads/rules';
import { routes } from '@/lib/routes';
import { ConsultingForm, type FormLabels, type FormMessages } from './consulting-form';
import styles from './consulting.module.css';

/**
 * Server part of the form: translates every string and hands plain props to the client leaf.
 * `state`: a submission that came back (app/[lang]/consulting/retry), shown filled in with its errors.
 */
export function ConsultingFormSection({ lang, state, title }: { lang: Locale; state?: FormState; title?: string }) {
  const t = getT(lang, 'consulting');
  const labels: FormLabels = {
    intro: t('form.intro'),
    name: t('form.name'),
    company: t('form.company'),
    email: t('form.email'),
    phone: t('form.phone'),
    optional: t('form.optional'),
    topic: t('form.topic'),
    topicPlaceholder: t('form.topicPlaceholder'),
    message: t('form.message'),
    messageHint: t('form.messageHint', { max: LEAD_LIMITS.message.max }),
    consentBefore: t('form.consentBefore'),
    consentLink: t('form.consentLink'),
    consentAfter: t('form.consentAfter'),
    honeypot: t('form.honeypot'),
    submit: t('form.submit'),
    sending: t('form.sending'),
    required: t('form.required'),
  };
  // Placeholders stay in place here; the form fills them per field from LEAD_LIMITS.
  const keep = { min: '{{min}}', max: '{{max}}' };
  const messages: FormMessages = {
    summary: t('errors.summary'),
    required: t('errors.required'),
    tooShort: t('errors.tooShort', keep),
    tooLong: t('errors.tooLong', keep),
    email: t('errors.email'),
    phone: t('errors.phone'),
    topic: t('errors.topic'),
    consent: t('errors.consent'),
    rateLimited: t('errors.rateLimited'),
    unavailable: t('errors.unavailable'),
    network: t('errors.network'),
  };
  const notice = state ? (state.problem === 'invalid' ? messages.summary : messages[state.problem]) : undefined;
  return (
    <section className={styles.formSection} aria-labelledby="consulting-form-title">
      <h2 id="consulting-form-title" className={styles.sectionTitle}>
        {title ?? t('form.title')}
      </h2>
      <ConsultingForm
        lang={lang}
        action={CONSULTING_ENDPOINT}
        labels={labels}
        topics={LEAD_TOPICS.map((id) => ({ id, label: t(`topics.${id}`) }))}
        messages={messages}
        success={{ title: t('sent.title'), text: t('sent.text') }}
        privacyHref={routes.privacy(lang)}
        originField={ORIGIN_PARAM}
        {...(state ? { initialErrors: state.errors, initialValues: state.values } : {})}
        {...(notice ? { initialNotice: notice } : {})}
      />
    </section>
  );
}
