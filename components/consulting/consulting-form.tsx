'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FormValues } from '@/lib/http/form-state';
import type { Locale } from '@/lib/i18n/settings';
// rules, not schema: the same checks as the server without shipping zod to the browser.
import { HONEYPOT_FIELD, LEAD_LIMITS, checkLead, type LeadErrorCode, type LeadErrors, type LeadField, type LeadTopic } from '@/lib/leads/rules';
import styles from './consulting-form.module.css';

export type FormLabels = Record<
  'intro' | 'name' | 'company' | 'email' | 'phone' | 'optional' | 'topic' | 'topicPlaceholder' | 'message' | 'messageHint' | 'consentBefore' | 'consentLink' | 'consentAfter' | 'honeypot' | 'submit' | 'sending' | 'required',
  string
>;
export type FormMessages = Record<LeadErrorCode | 'summary' | 'rateLimited' | 'unavailable' | 'network', string>;

export interface ConsultingFormProps {
  lang: Locale;
  action: string;
  labels: FormLabels;
  topics: { id: LeadTopic; label: string }[];
  /** Error texts; {{min}} and {{max}} are filled from LEAD_LIMITS per field. */
  messages: FormMessages;
  success: { title: string; text: string };
  privacyHref: string;
  initialErrors?: LeadErrors;
  /** What the reader sent last time, when the form comes back from the server (never stored). */
  initialValues?: FormValues;
  /** Why it came back (shown above the fields), when that is not just the field errors. */
  initialNotice?: string;
  /** Name of the hidden field that carries the page the reader came from. */
  originField: string;
}

type Status = { kind: 'idle' | 'sending' | 'sent' } | { kind: 'failed'; notice: string };

function errorText(messages: FormMessages, field: LeadField, code: LeadErrorCode): string {
  const limits = field in LEAD_LIMITS ? LEAD_LIMITS[field as keyof typeof LEAD_LIMITS] : undefined;
  return messages[code].replace('{{min}}', String(limits?.min ?? '')).replace('{{max}}', String(limits?.max ?? ''));
}

/** The site path the reader came from: ?from= of this page, else the referring page of this site. */
function originPath(originField: string): string {
  const from = new URLSearchParams(window.location.search).get(originField);
  if (from) return from;
  try {
    const ref = document.referrer ? new URL(document.referrer) : undefined;
    return ref && ref.origin === window.location.origin ? ref.pathname : '';
  } catch {
    return '';
  }
}

/**
 * The request form. Without JavaScript it is a plain POST to the route handler (303 to the
 * confirmation page, or this form again, filled in, with the errors); with JavaScript it applies
 * the schema's rules first and shows the answer in place. Either way the fields keep what the reader
 * typed until the request is stored. Fields are uncontrolled: the browser keeps their values.
 */
export function ConsultingForm({ lang, action, labels, topics, messages, success, privacyHref, initialErrors = {}, initialValues = {}, initialNotice, originField }: ConsultingFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const originRef = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<LeadErrors>(initialErrors);
  const [status, setStatus] = useState<Status>(initialNotice ? { kind: 'failed', notice: initialNotice } : { kind: 'idle' });

  // Once hydrated, our own messages (in the page's language) replace the browser's validation bubbles.
  useEffect(() => {
    if (formRef.current) formRef.current.noValidate = true;
    // The prerendered page cannot know where the reader came from; the server checks what we send.
    if (originRef.current && !originRef.current.value) originRef.current.value = originPath(originField);
  }, [originField]);
  useEffect(() => {
    if (status.kind === 'sent') doneRef.current?.focus();
  }, [status.kind]);

  // A field marked as wrong is checked again as it is corrected, so the message goes once it is right.
  function onChange(event: FormEvent<HTMLFormElement>) {
    const field = (event.target as HTMLInputElement).name as LeadField;
    if (!errors[field]) return;
    const values = Object.fromEntries([...new FormData(event.currentTarget)].map(([k, v]) => [k, String(v)]));
    const code = checkLead(values)[field];
    setErrors((previous) => {
      const next = { ...previous };
      if (code) next[field] = code;
      else delete next[field];
      return next;
    });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
    const found = checkLead(values);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setStatus({ kind: 'idle' });
      const first = Object.keys(found)[0];
      if (first) (form.elements.namedItem(first) as HTMLElement | null)?.focus();
      return;
    }
    setErrors({});
    setStatus({ kind: 'sending' });
    try {
      const res = await fetch(action, { method: 'POST', headers: { accept: 'application/json' }, body: new URLSearchParams(values) });
      const data = (await res.json()) as { ok: boolean; errors?: LeadErrors };
      if (res.ok && data.ok) setStatus({ kind: 'sent' });
      else if (res.status === 429) setStatus({ kind: 'failed', notice: messages.rateLimited });
      else if (res.status === 503) setStatus({ kind: 'failed', notice: messages.unavailable });
      else if (res.status === 422 && data.errors) {
        setErrors(data.errors);
        setStatus({ kind: 'failed', notice: messages.summary });
      } else setStatus({ kind: 'failed', notice: messages.network });
    } catch {
      setStatus({ kind: 'failed', notice: messages.network });
    }
  }

  if (status.kind === 'sent') {
    return (
      <div ref={doneRef} className={styles.done} role="status" tabIndex={-1} data-testid="consulting-sent">
        <h3 className={styles.doneTitle}>{success.title}</h3>
        <p>{success.text}</p>
      </div>
    );
  }

  const fieldError = (field: LeadField) => {
    const code = errors[field];
    return code ? (
      <p id={`${field}-error`} className={styles.error}>
        {errorText(messages, field, code)}
      </p>
    ) : null;
  };
  const a11y = (field: LeadField, hint?: string) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': [errors[field] ? `${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
  });
  const hasErrors = Object.keys(errors).length > 0;
  const notice = status.kind === 'failed' ? status.notice : hasErrors ? messages.summary : '';

  return (
    <form ref={formRef} className={styles.form} action={action} method="post" onSubmit={onSubmit} onChange={onChange}>
      <p className={styles.intro}>{labels.intro}</p>
      <p className={styles.notice} role="alert">
        {notice}
      </p>
      <input type="hidden" name="lang" value={lang} />
      <input ref={originRef} type="hidden" name={originField} defaultValue={initialValues.from ?? ''} />
      <div className={styles.field}>
        <label htmlFor="name">{labels.name} *</label>
        <input id="name" name="name" autoComplete="name" required defaultValue={initialValues.name} maxLength={LEAD_LIMITS.name.max} {...a11y('name')} />
        {fieldError('name')}
      </div>
      <div className={styles.field}>
        <label htmlFor="company">{labels.company} *</label>
        <input id="company" name="company" autoComplete="organization" required defaultValue={initialValues.company} maxLength={LEAD_LIMITS.company.max} {...a11y('company')} />
        {fieldError('company')}
      </div>
      <div className={styles.field}>
        <label htmlFor="email">{labels.email} *</label>
        <input id="email" name="email" type="email" autoComplete="email" required defaultValue={initialValues.email} maxLength={LEAD_LIMITS.email.max} {...a11y('email')} />
        {fieldError('email')}
      </div>
      <div className={styles.field}>
        <label htmlFor="phone">
          {labels.phone} <span className={styles.optional}>{labels.optional}</span>
        </label>
        <input id="phone" name="phone" type="tel" autoComplete="tel" defaultValue={initialValues.phone} maxLength={LEAD_LIMITS.phone.max} {...a11y('phone')} />
        {fieldError('phone')}
      </div>
      <div className={styles.field}>
        <label htmlFor="topic">{labels.topic} *</label>
        <select id="topic" name="topic" required defaultValue={topics.some((t) => t.id === initialValues.topic) ? initialValues.topic : ''} {...a11y('topic')}>
          <option value="" disabled>
            {labels.topicPlaceholder}
          </option>
          {topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        {fieldError('topic')}
      </div>
      <div className={`${styles.field} ${styles.wide}`}>
        <label htmlFor="message">{labels.message} *</label>
        <textarea id="message" name="message" rows={6} required defaultValue={initialValues.message} maxLength={LEAD_LIMITS.message.max} {...a11y('message', 'message-hint')} />
        <p id="message-hint" className={styles.hint}>
          {labels.messageHint}
        </p>
        {fieldError('message')}
      </div>
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor={HONEYPOT_FIELD}>{labels.honeypot}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className={`${styles.consent} ${styles.wide}`}>
        <input id="consent" name="consent" type="checkbox" required defaultChecked={Boolean(initialValues.consent)} {...a11y('consent')} />
        <label htmlFor="consent">
          {labels.consentBefore}
          <a href={privacyHref}>{labels.consentLink}</a>
          {labels.consentAfter} *
        </label>
        {fieldError('consent')}
      </div>
      <button className={styles.submit} type="submit" disabled={status.kind === 'sending'}>
        {status.kind === 'sending' ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
