import type { FormState } from '@/lib/http/form-state';
import { ORIGIN_PARAM } from '@/lib/http/origin';
import { pickMessages } from '@/lib/i18n/client-resources';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { CONSULTING_ENDPOINT } from '@/lib/leads/paths';
import { HONEYPOT_FIELD, LEAD_LIMITS, LEAD_TOPICS, type LeadErrors, type LeadField } from '@/lib/leads/rules';
import { routes } from '@/lib/routes';
import { ConsultingForm } from './consulting-form';
import { errorSlotId, fieldA11y, noticeFor } from './consulting-form-state';
import { consultingFormMessages } from './consulting-form-messages';
import formStyles from './consulting-form.module.css';
import styles from './consulting.module.css';

/**
 * The request form, rendered and translated on the server: every label, topic and hint, and (for a
 * submission that came back, app/[lang]/consulting/retry) the notice and the field errors in their
 * slots. It works as a plain POST without JavaScript. ConsultingForm, a client wrapper without text,
 * adds the checks in the browser; the texts those need arrive with its lazily loaded part.
 * `state`: a submission that came back, shown filled in with its errors.
 */
export function ConsultingFormSection({ lang, state, title }: { lang: Locale; state?: FormState; title?: string }) {
  const t = getT(lang, 'consulting');
  const errors: LeadErrors = state?.errors ?? {};
  const values = state?.values ?? {};
  const notice = state ? noticeFor(state.problem) : undefined;

  // The slot a field's message goes in: filled here for a returned form, by the browser otherwise.
  const errorSlot = (field: LeadField) => {
    const code = errors[field];
    const limits = field in LEAD_LIMITS ? LEAD_LIMITS[field as keyof typeof LEAD_LIMITS] : undefined;
    return (
      <p id={errorSlotId(field)} className={formStyles.error}>
        {code ? t(`errors.${code}`, { min: limits?.min, max: limits?.max }) : null}
      </p>
    );
  };
  const a11y = (field: LeadField) => fieldA11y(field, errors);

  return (
    <section className={styles.formSection} aria-labelledby="consulting-form-title">
      <h2 id="consulting-form-title" className={styles.sectionTitle}>
        {title ?? t('form.title')}
      </h2>
      <ConsultingForm
        lang={lang}
        action={CONSULTING_ENDPOINT}
        resources={pickMessages(lang, consultingFormMessages)}
        originField={ORIGIN_PARAM}
        initialErrors={errors}
        {...(notice ? { initialNotice: notice } : {})}
      >
        <form className={formStyles.form} action={CONSULTING_ENDPOINT} method="post">
          <p className={formStyles.intro}>{t('form.intro')}</p>
          <p id="consulting-notice" className={formStyles.notice} role="alert">
            {notice ? t(`errors.${notice}`) : null}
          </p>
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name={ORIGIN_PARAM} defaultValue={values.from ?? ''} />
          <div className={formStyles.field}>
            <label htmlFor="name">{t('form.name')} *</label>
            <input id="name" name="name" autoComplete="name" required defaultValue={values.name} maxLength={LEAD_LIMITS.name.max} {...a11y('name')} />
            {errorSlot('name')}
          </div>
          <div className={formStyles.field}>
            <label htmlFor="company">{t('form.company')} *</label>
            <input id="company" name="company" autoComplete="organization" required defaultValue={values.company} maxLength={LEAD_LIMITS.company.max} {...a11y('company')} />
            {errorSlot('company')}
          </div>
          <div className={formStyles.field}>
            <label htmlFor="email">{t('form.email')} *</label>
            <input id="email" name="email" type="email" autoComplete="email" required defaultValue={values.email} maxLength={LEAD_LIMITS.email.max} {...a11y('email')} />
            {errorSlot('email')}
          </div>
          <div className={formStyles.field}>
            <label htmlFor="phone">
              {t('form.phone')} <span className={formStyles.optional}>{t('form.optional')}</span>
            </label>
            <input id="phone" name="phone" type="tel" autoComplete="tel" defaultValue={values.phone} maxLength={LEAD_LIMITS.phone.max} {...a11y('phone')} />
            {errorSlot('phone')}
          </div>
          <div className={formStyles.field}>
            <label htmlFor="topic">{t('form.topic')} *</label>
            <select id="topic" name="topic" required defaultValue={LEAD_TOPICS.some((id) => id === values.topic) ? values.topic : ''} {...a11y('topic')}>
              <option value="" disabled>
                {t('form.topicPlaceholder')}
              </option>
              {LEAD_TOPICS.map((id) => (
                <option key={id} value={id}>
                  {t(`topics.${id}`)}
                </option>
              ))}
            </select>
            {errorSlot('topic')}
          </div>
          <div className={`${formStyles.field} ${formStyles.wide}`}>
            <label htmlFor="message">{t('form.message')} *</label>
            <textarea id="message" name="message" rows={6} required defaultValue={values.message} maxLength={LEAD_LIMITS.message.max} {...a11y('message')} />
            <p id="message-hint" className={formStyles.hint}>
              {t('form.messageHint', { max: LEAD_LIMITS.message.max })}
            </p>
            {errorSlot('message')}
          </div>
          <div className={formStyles.trap} aria-hidden="true">
            <label htmlFor={HONEYPOT_FIELD}>{t('form.honeypot')}</label>
            <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          <div className={`${formStyles.consent} ${formStyles.wide}`}>
            <input id="consent" name="consent" type="checkbox" required defaultChecked={Boolean(values.consent)} {...a11y('consent')} />
            <label htmlFor="consent">
              {t('form.consentBefore')}
              <a href={routes.privacy(lang)}>{t('form.consentLink')}</a>
              {t('form.consentAfter')} *
            </label>
            {errorSlot('consent')}
          </div>
          <button id="consulting-submit" className={formStyles.submit} type="submit">
            {t('form.submit')}
          </button>
        </form>
      </ConsultingForm>
    </section>
  );
}
