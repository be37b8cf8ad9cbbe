import { describe, expect, it } from 'vitest';
import { LEAD_LIMITS, parseLead } from '@/lib/leads/schema';

const valid = {
  lang: 'de',
  name: 'Anna Schmidt',
  company: 'Müller & Söhne GmbH',
  email: 'anna@example.de',
  phone: '',
  topic: 'strategy',
  message: 'Wir möchten KI im Kundenservice einsetzen.',
  consent: 'on',
};

describe('parseLead', () => {
  it('accepts a complete request, trims text and drops an empty phone', () => {
    const result = parseLead({ ...valid, name: '  Anna Schmidt  ' });
    expect(result).toEqual({ ok: true, data: { ...valid, name: 'Anna Schmidt', phone: undefined } });
  });

  it('keeps a plausible phone number', () => {
    const result = parseLead({ ...valid, phone: '+49 (30) 123-456' });
    expect(result.ok && result.data.phone).toBe('+49 (30) 123-456');
  });

  it('reports one code per missing field', () => {
    const result = parseLead({ lang: 'de' });
    expect(result).toEqual({
      ok: false,
      errors: { name: 'required', company: 'required', email: 'required', topic: 'topic', message: 'required', consent: 'consent' },
    });
  });

  it('treats whitespace-only text as missing', () => {
    const result = parseLead({ ...valid, company: '   ' });
    expect(result).toEqual({ ok: false, errors: { company: 'required' } });
  });

  it.each([
    ['email', 'anna@', 'email'],
    ['phone', 'call me', 'phone'],
    ['topic', 'crypto', 'topic'],
    ['consent', 'off', 'consent'],
    ['message', 'kurz', 'tooShort'],
    ['name', 'x'.repeat(LEAD_LIMITS.name.max + 1), 'tooLong'],
    ['message', 'x'.repeat(LEAD_LIMITS.message.max + 1), 'tooLong'],
    ['email', `${'a'.repeat(250)}@example.de`, 'tooLong'],
  ])('rejects %s = %j with %s', (field, value, code) => {
    const result = parseLead({ ...valid, [field]: value });
    expect(result).toEqual({ ok: false, errors: { [field]: code } });
  });

  it('accepts text exactly at the size limit', () => {
    expect(parseLead({ ...valid, message: 'x'.repeat(LEAD_LIMITS.message.max) }).ok).toBe(true);
  });

  it('keeps hostile text as plain data (rendering escapes it)', () => {
    const result = parseLead({ ...valid, message: '<script>alert(1)</script> =cmd|"/c calc"!A1' });
    expect(result.ok && result.data.message).toBe('<script>alert(1)</script> =cmd|"/c calc"!A1');
  });

  it('rejects an unknown language', () => {
    expect(parseLead({ ...valid, lang: 'fr' }).ok).toBe(false);
  });
});
