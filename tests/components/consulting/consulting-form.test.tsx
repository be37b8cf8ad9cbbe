// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsultingForm, type ConsultingFormProps, type FormLabels, type FormMessages } from '@/components/consulting/consulting-form';
import { LEAD_ERROR_CODES } from '@/lib/leads/rules';

const labels = Object.fromEntries(
  ['intro', 'name', 'company', 'email', 'phone', 'optional', 'topic', 'topicPlaceholder', 'message', 'messageHint', 'consentBefore', 'consentLink', 'consentAfter', 'honeypot', 'submit', 'sending', 'required'].map((k) => [k, k]),
) as FormLabels;
const messages = Object.fromEntries([...LEAD_ERROR_CODES, 'summary', 'rateLimited', 'unavailable', 'network'].map((k) => [k, `msg:${k}`])) as FormMessages;

function renderForm(props: Partial<ConsultingFormProps> = {}) {
  return render(
    <ConsultingForm
      lang="de"
      action="/api/consulting"
      labels={labels}
      topics={[
        { id: 'strategy', label: 'Strategie' },
        { id: 'training', label: 'Schulung' },
      ]}
      messages={messages}
      success={{ title: 'Danke', text: 'Angekommen' }}
      privacyHref="/de/datenschutz"
      originField="from"
      {...props}
    />,
  );
}

function fillValid() {
  fireEvent.change(screen.getByLabelText('name *'), { target: { value: 'Jana Skript' } });
  fireEvent.change(screen.getByLabelText('company *'), { target: { value: 'Mit JS GmbH' } });
  fireEvent.change(screen.getByLabelText('email *'), { target: { value: 'jana@example.de' } });
  fireEvent.change(screen.getByLabelText('topic *'), { target: { value: 'training' } });
  fireEvent.change(screen.getByLabelText('message *'), { target: { value: 'Wir möchten eine Schulung buchen.' } });
  fireEvent.click(screen.getByRole('checkbox'));
}

const answer = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('ConsultingForm keeps what the reader typed', () => {
  it('comes back from the server filled in, with the notice and the field errors', () => {
    renderForm({
      initialValues: { name: 'Otto', company: 'Kein Skript AG', email: 'otto@localhost', topic: 'training', message: 'Bitte um Rückruf.', consent: 'on', from: '/de/archive' },
      initialErrors: { email: 'email' },
      initialNotice: 'msg:summary',
    });
    expect(screen.getByLabelText('name *')).toHaveValue('Otto');
    expect(screen.getByLabelText('topic *')).toHaveValue('training');
    expect(screen.getByLabelText('message *')).toHaveValue('Bitte um Rückruf.');
    expect(screen.getByRole('checkbox')).toBeChecked();
    expect(screen.getByLabelText('email *')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('msg:email')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('msg:summary');
    expect(document.querySelector('input[name="from"]')).toHaveValue('/de/archive');
  });

  it('with the database down (503) says to try again shortly and keeps every field', async () => {
    vi.stubGlobal('fetch', answer(503, { ok: false, error: 'unavailable', retryAfter: 30 }));
    renderForm();
    fillValid();
    fireEvent.submit(screen.getByRole('button', { name: 'submit' }).closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('msg:unavailable'));
    expect(screen.getByLabelText('name *')).toHaveValue('Jana Skript');
    expect(screen.getByLabelText('message *')).toHaveValue('Wir möchten eine Schulung buchen.');
    expect(screen.getByRole('checkbox')).toBeChecked();
    expect(screen.getByRole('button', { name: 'submit' })).toBeEnabled();
  });

  it('shows the server’s field errors (422) next to the kept input, and 429 as its own notice', async () => {
    vi.stubGlobal('fetch', answer(422, { ok: false, error: 'invalid', errors: { company: 'tooShort' } }));
    renderForm();
    fillValid();
    const form = screen.getByRole('button', { name: 'submit' }).closest('form') as HTMLFormElement;
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByLabelText('company *')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('company *')).toHaveValue('Mit JS GmbH');
    vi.stubGlobal('fetch', answer(429, { ok: false, error: 'rateLimited', retryAfter: 60 }));
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('msg:rateLimited'));
    expect(screen.getByLabelText('email *')).toHaveValue('jana@example.de');
  });

  it('posts the page the reader came from (?from= of the consulting page)', async () => {
    window.history.replaceState(null, '', '/de/consulting?from=/de/articles/meta-llama');
    const fetch = answer(201, { ok: true });
    vi.stubGlobal('fetch', fetch);
    renderForm();
    await waitFor(() => expect(document.querySelector('input[name="from"]')).toHaveValue('/de/articles/meta-llama'));
    fillValid();
    fireEvent.submit(screen.getByRole('button', { name: 'submit' }).closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.getByText('Danke')).toBeInTheDocument());
    const body = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as URLSearchParams;
    expect(body.get('from')).toBe('/de/articles/meta-llama');
  });
});
