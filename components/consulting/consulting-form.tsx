'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ClientResources } from '@/lib/i18n/client-resources';
import type { Locale } from '@/lib/i18n/settings';
// rules, not schema: the same checks as the server without shipping zod to the browser.
import { LEAD_FIELDS, checkLead, type LeadErrors } from '@/lib/leads/rules';
import { fieldA11y, type NoticeCode } from './consulting-form-state';

// The texts this form shows in answer to the reader (messages, "sending", the confirmation) come
// with i18next in a part fetched on the form's first focus: the consulting page's first-load
// JavaScript carries neither (docs/client-i18n.md).
const Feedback = dynamic(() => import('./consulting-form-feedback').then((m) => m.ConsultingFormFeedback), { ssr: false });

export type FormStatus = { kind: 'idle' | 'sending' | 'sent' } | { kind: 'failed'; notice: NoticeCode };

export interface ConsultingFormProps {
  lang: Locale;
  action: string;
  /** From the server: consulting-form-messages.ts. */
  resources: ClientResources;
  /** The errors the server's markup shows (a form that came back), so both agree from the start. */
  initialErrors?: LeadErrors;
  /** Why it came back, when it did. */
  initialNotice?: NoticeCode;
  /** Name of the hidden field that carries the page the reader came from. */
  originField: string;
  /** The form itself, rendered and translated by the server (consulting-form-section.tsx). */
  children: ReactNode;
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

const formValues = (form: HTMLFormElement) => Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));

/**
 * The request form's behaviour, without text of its own. Without JavaScript the server's form is a
 * plain POST to the route handler (303 to the confirmation page, or this form again, filled in, with
 * the errors); with JavaScript this applies the schema's rules first, sends with fetch and shows the
 * answer in place. Either way the fields keep what the reader typed until the request is stored.
 * Fields are uncontrolled: the browser keeps their values.
 */
export function ConsultingForm({ lang, action, resources, initialErrors = {}, initialNotice, originField, children }: ConsultingFormProps) {
  const root = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<LeadErrors>(initialErrors);
  const [status, setStatus] = useState<FormStatus>(initialNotice ? { kind: 'failed', notice: initialNotice } : { kind: 'idle' });
  // Texts are fetched once the reader turns to the form (or sends it before anything had focus).
  const [wanted, setWanted] = useState(false);
  const form = () => root.current?.querySelector('form') ?? null;

  // Once hydrated, our own messages (in the page's language) replace the browser's validation bubbles.
  useEffect(() => {
    const el = form();
    if (!el) return;
    el.noValidate = true;
    // The prerendered page cannot know where the reader came from; the server checks what we send.
    const origin = el.elements.namedItem(originField);
    if (origin instanceof HTMLInputElement && !origin.value) origin.value = originPath(originField);
  }, [originField]);

  // The server rendered the fields once; marking them as wrong (or right again) happens here.
  useEffect(() => {
    const el = form();
    if (!el) return;
    for (const field of LEAD_FIELDS) {
      const input = el.elements.namedItem(field);
      if (!(input instanceof HTMLElement)) continue;
      const a11y = fieldA11y(field, errors);
      if (a11y['aria-invalid']) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      if (a11y['aria-describedby']) input.setAttribute('aria-describedby', a11y['aria-describedby']);
      else input.removeAttribute('aria-describedby');
    }
    const button = el.querySelector('button[type="submit"]');
    if (button instanceof HTMLButtonElement) button.disabled = status.kind === 'sending';
  }, [errors, status.kind]);

  // A field marked as wrong is checked again as it is corrected, so the message goes once it is right.
  function onChange(event: FormEvent<HTMLDivElement>) {
    const target = event.target as HTMLInputElement;
    const field = target.name as keyof LeadErrors;
    if (!errors[field] || !target.form) return;
    const code = checkLead(formValues(target.form))[field];
    setErrors((previous) => {
      const next = { ...previous };
      if (code) next[field] = code;
      else delete next[field];
      return next;
    });
  }

  async function onSubmit(event: FormEvent<HTMLDivElement>) {
    const el = event.target;
    if (!(el instanceof HTMLFormElement)) return;
    event.preventDefault();
    setWanted(true);
    const values = formValues(el);
    const found = checkLead(values);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setStatus({ kind: 'idle' });
      const first = Object.keys(found)[0];
      if (first) (el.elements.namedItem(first) as HTMLElement | null)?.focus();
      return;
    }
    setErrors({});
    setStatus({ kind: 'sending' });
    try {
      const res = await fetch(action, { method: 'POST', headers: { accept: 'application/json' }, body: new URLSearchParams(values) });
      const data = (await res.json()) as { ok: boolean; errors?: LeadErrors };
      if (res.ok && data.ok) setStatus({ kind: 'sent' });
      else if (res.status === 429) setStatus({ kind: 'failed', notice: 'rateLimited' });
      else if (res.status === 503) setStatus({ kind: 'failed', notice: 'unavailable' });
      else if (res.status === 422 && data.errors) {
        setErrors(data.errors);
        setStatus({ kind: 'failed', notice: 'summary' });
      } else setStatus({ kind: 'failed', notice: 'network' });
    } catch {
      setStatus({ kind: 'failed', notice: 'network' });
    }
  }

  return (
    <div
      ref={root}
      onSubmit={onSubmit}
      onChange={onChange}
      onFocus={() => setWanted(true)}
      // A pointer on its way to the form starts fetching the texts' code.
      onPointerEnter={() => void import('./consulting-form-feedback')}
    >
      {status.kind === 'sent' ? null : children}
      {wanted && <Feedback lang={lang} resources={resources} errors={errors} status={status} />}
    </div>
  );
}
