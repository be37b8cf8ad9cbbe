'use client';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { I18nProvider } from '@/lib/i18n/client';
import type { ClientResources } from '@/lib/i18n/client-resources';
import type { Locale } from '@/lib/i18n/settings';
import { LEAD_FIELDS, LEAD_LIMITS, type LeadErrors } from '@/lib/leads/rules';
import type { FormStatus } from './consulting-form';
import { errorSlotId } from './consulting-form-state';
import styles from './consulting-form.module.css';

interface Props {
  lang: Locale;
  resources: ClientResources;
  errors: LeadErrors;
  status: FormStatus;
}

/**
 * The consulting form's texts that answer the reader (loaded by ConsultingForm on the form's first
 * focus, with i18next): each field's message, the notice, the button while sending, and the
 * confirmation that replaces the form.
 */
export function ConsultingFormFeedback({ lang, resources, ...props }: Props) {
  return (
    <I18nProvider lang={lang} resources={resources}>
      <Feedback {...props} />
    </I18nProvider>
  );
}

function Feedback({ errors, status }: Omit<Props, 'lang' | 'resources'>) {
  const { t } = useTranslation('consulting');
  const done = useRef<HTMLDivElement>(null);
  const sent = status.kind === 'sent';

  // The slots are the server's markup (it fills them itself for a form that came back without
  // JavaScript); here only their text changes. As text, never as HTML.
  useEffect(() => {
    if (sent) return;
    for (const field of LEAD_FIELDS) {
      const slot = document.getElementById(errorSlotId(field));
      if (!slot) continue;
      const code = errors[field];
      const limits = field in LEAD_LIMITS ? LEAD_LIMITS[field as keyof typeof LEAD_LIMITS] : undefined;
      // i18next formats the limits per language ({{max, number}}: "5.000" / "5,000").
      const text = code ? t(`errors.${code}`, { min: limits?.min, max: limits?.max }) : '';
      if (slot.textContent !== text) slot.textContent = text;
    }
    const notice = document.getElementById('consulting-notice');
    // With field errors and nothing else to say, the notice points at them.
    const noticeText = status.kind === 'failed' ? t(`errors.${status.notice}`) : Object.keys(errors).length > 0 ? t('errors.summary') : '';
    if (notice && notice.textContent !== noticeText) notice.textContent = noticeText;
    const button = document.getElementById('consulting-submit');
    const label = status.kind === 'sending' ? t('form.sending') : t('form.submit');
    if (button && button.textContent !== label) button.textContent = label;
  }, [errors, status, sent, t]);

  useEffect(() => {
    if (sent) done.current?.focus();
  }, [sent]);

  return sent ? (
    <div ref={done} className={styles.done} role="status" tabIndex={-1} data-testid="consulting-sent">
      <h3 className={styles.doneTitle}>{t('sent.title')}</h3>
      <p>{t('sent.text')}</p>
    </div>
  ) : null;
}
