// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsultingFormFeedback } from '@/components/consulting/consulting-form-feedback';
import { consultingFormMessages } from '@/components/consulting/consulting-form-messages';
import { ConsultingFormSection } from '@/components/consulting/consulting-form-section';
import { pickMessages } from '@/lib/i18n/client-resources';

// The whole form as the page has it: the server's translated markup inside the client wrapper,
// whose texts (messages, notices, confirmation) arrive with its lazily loaded part.
function renderForm(props: Partial<Parameters<typeof ConsultingFormSection>[0]> = {}) {
  return render(<ConsultingFormSection lang="de" {...props} />);
}

function fillValid() {
  fireEvent.change(screen.getByLabelText('Name *'), { target: { value: 'Jana Skript' } });
  fireEvent.change(screen.getByLabelText('Unternehmen *'), { target: { value: 'Mit JS GmbH' } });
  fireEvent.change(screen.getByLabelText('E-Mail-Adresse *'), { target: { value: 'jana@example.de' } });
  fireEvent.change(screen.getByLabelText('Thema *'), { target: { value: 'training' } });
  fireEvent.change(screen.getByLabelText('Deine Nachricht *'), { target: { value: 'Wir möchten eine Schulung buchen.' } });
  fireEvent.click(screen.getByRole('checkbox'));
}

const submit = () => fireEvent.submit(screen.getByRole('button', { name: /Beraten lassen|Wird gesendet/ }).closest('form') as HTMLFormElement);
const answer = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('ConsultingForm keeps what the reader typed', () => {
  it('comes back from the server filled in, with the notice and the field errors', () => {
    renderForm({
      state: {
        problem: 'invalid',
        values: { name: 'Otto', company: 'Kein Skript AG', email: 'otto@localhost', topic: 'training', message: 'Bitte um Rückruf.', consent: 'on', from: '/de/archive' },
        errors: { email: 'email' },
      },
    });
    expect(screen.getByLabelText('Name *')).toHaveValue('Otto');
    expect(screen.getByLabelText('Thema *')).toHaveValue('training');
    expect(screen.getByLabelText('Deine Nachricht *')).toHaveValue('Bitte um Rückruf.');
    expect(screen.getByRole('checkbox')).toBeChecked();
    expect(screen.getByLabelText('E-Mail-Adresse *')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('E-Mail-Adresse *')).toHaveAccessibleDescription(/Bitte gib eine gültige E-Mail-Adresse ein/);
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte prüfe die markierten Felder.');
    expect(document.querySelector('input[name="from"]')).toHaveValue('/de/archive');
  });

  it('checks in the browser, with the limits in the language’s number format, and clears a fixed field', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Name *'), { target: { value: 'J' } });
    fireEvent.change(screen.getByLabelText('Deine Nachricht *'), { target: { value: 'x'.repeat(5001) } });
    submit();
    await waitFor(() => expect(screen.getByLabelText('Name *')).toHaveAccessibleDescription('Bitte gib mindestens 2 Zeichen ein.'));
    expect(screen.getByLabelText('Name *')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Name *')).toHaveFocus();
    expect(screen.getByLabelText('Deine Nachricht *')).toHaveAccessibleDescription(/Bitte gib höchstens 5\.000 Zeichen ein\./);
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte prüfe die markierten Felder.');
    fireEvent.change(screen.getByLabelText('Name *'), { target: { value: 'Jana' } });
    await waitFor(() => expect(screen.getByLabelText('Name *')).not.toHaveAttribute('aria-invalid'));
    expect(document.getElementById('name-error')).toBeEmptyDOMElement();
  });

  it('with the database down (503) says to try again shortly and keeps every field', async () => {
    vi.stubGlobal('fetch', answer(503, { ok: false, error: 'unavailable', retryAfter: 30 }));
    renderForm();
    fillValid();
    submit();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Wir können Deine Anfrage gerade nicht speichern.'));
    expect(screen.getByLabelText('Name *')).toHaveValue('Jana Skript');
    expect(screen.getByLabelText('Deine Nachricht *')).toHaveValue('Wir möchten eine Schulung buchen.');
    expect(screen.getByRole('checkbox')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Beraten lassen' })).toBeEnabled();
  });

  it('shows the server’s field errors (422) next to the kept input, and 429 as its own notice', async () => {
    vi.stubGlobal('fetch', answer(422, { ok: false, error: 'invalid', errors: { company: 'tooShort' } }));
    renderForm();
    fillValid();
    submit();
    await waitFor(() => expect(screen.getByLabelText('Unternehmen *')).toHaveAttribute('aria-invalid', 'true'));
    await waitFor(() => expect(screen.getByLabelText('Unternehmen *')).toHaveAccessibleDescription('Bitte gib mindestens 2 Zeichen ein.'));
    expect(screen.getByLabelText('Unternehmen *')).toHaveValue('Mit JS GmbH');
    vi.stubGlobal('fetch', answer(429, { ok: false, error: 'rateLimited', retryAfter: 60 }));
    submit();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Du hast in kurzer Zeit sehr viele Anfragen gesendet.'));
    expect(screen.getByLabelText('E-Mail-Adresse *')).toHaveValue('jana@example.de');
  });

  it('posts the page the reader came from (?from= of the consulting page) and confirms in place', async () => {
    window.history.replaceState(null, '', '/de/consulting?from=/de/articles/meta-llama');
    const fetch = answer(201, { ok: true });
    vi.stubGlobal('fetch', fetch);
    renderForm();
    await waitFor(() => expect(document.querySelector('input[name="from"]')).toHaveValue('/de/articles/meta-llama'));
    fillValid();
    submit();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Danke, Deine Anfrage ist bei uns angekommen'));
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.queryByRole('button')).toBeNull();
    const body = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as URLSearchParams;
    expect(body.get('from')).toBe('/de/articles/meta-llama');
  });
});

describe('ConsultingFormFeedback (the lazily loaded texts)', () => {
  it('writes English messages with their limits into the server’s slots', () => {
    document.body.innerHTML = '<p id="message-error"></p><p id="email-error">stale</p><p id="consulting-notice"></p><button id="consulting-submit">Get advice</button>';
    render(<ConsultingFormFeedback lang="en" resources={pickMessages('en', consultingFormMessages)} errors={{ message: 'tooLong' }} status={{ kind: 'sending' }} />);
    expect(document.getElementById('message-error')).toHaveTextContent('Please enter no more than 5,000 characters.');
    expect(document.getElementById('email-error')).toBeEmptyDOMElement();
    expect(document.getElementById('consulting-notice')).toHaveTextContent('Please check the highlighted fields.');
    expect(document.getElementById('consulting-submit')).toHaveTextContent('Sending …');
  });
});
