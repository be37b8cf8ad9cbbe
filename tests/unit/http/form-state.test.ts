import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFormState, encodeFormState, pickFormValues, type FormState } from '@/lib/http/form-state';

describe('form state passed to the form page', () => {
  const state: FormState = {
    problem: 'invalid',
    values: { name: 'Jürgen Groß', company: 'Größe & Söhne <GmbH>', email: 'kaputt', message: 'Zeile 1\nZeile 2 "zitiert"', consent: 'on', from: '/de/articles/x' },
    errors: { email: 'email' },
  };

  it('round-trips exactly', () => {
    expect(decodeFormState(encodeFormState(state))).toEqual(state);
  });

  it('keeps a full form of ordinary text far inside the header limit', () => {
    const long = { ...state, values: { ...state.values, message: 'Wir möchten KI in der Kundenbetreuung einsetzen und suchen Begleitung. '.repeat(70).slice(0, 5000) } };
    expect(encodeFormState(long).length).toBeLessThan(4000);
  });

  it('drops unknown problems, fields and error codes, and anything unreadable', () => {
    expect(decodeFormState('not base64 json')).toBeUndefined();
    expect(decodeFormState(undefined)).toBeUndefined();
    expect(decodeFormState(Buffer.from('{}').toString('base64url'))).toBeUndefined();
    const forged = { problem: 'invalid', values: { name: 'A', website: 'spam', evil: 'x', message: 42 }, errors: { email: 'email', name: '<script>', evil: 'required' } };
    const decoded = decodeFormState(deflateRawSync(Buffer.from(JSON.stringify(forged))).toString('base64url'));
    expect(decoded).toEqual({ problem: 'invalid', values: { name: 'A' }, errors: { email: 'email' } });
    expect(decodeFormState(encodeFormState({ ...state, problem: 'hacked' as never }))).toBeUndefined();
  });

  it('never echoes the honeypot and cuts values to what the form allows', () => {
    const values = pickFormValues({ name: 'x'.repeat(500), website: 'https://spam.example', topic: 'strategy', consent: '', phone: 7 });
    expect(values).toEqual({ name: 'x'.repeat(100), topic: 'strategy' });
  });
});
