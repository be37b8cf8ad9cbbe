import { describe, expect, it } from 'vitest';
import { checkLead, LEAD_LIMITS } from '@/lib/leads/rules';
import { parseLead } from '@/lib/leads/schema';

// Candidate values per field, including the edges of every rule.
const candidates: Record<string, (string | undefined)[]> = {
  name: [undefined, '', '   ', 'A', 'Al', ' Al ', 'x'.repeat(LEAD_LIMITS.name.max), 'x'.repeat(LEAD_LIMITS.name.max + 1)],
  company: [undefined, '', 'B', 'Bo', 'x'.repeat(LEAD_LIMITS.company.max + 1)],
  email: [undefined, '', ' ', 'a@b', 'a@b.de', ' a@b.de ', 'a..b@c.de', 'anna.m+ki@firma.example', 'a@-b.de', `${'a'.repeat(250)}@b.de`, 'ä@b.de', 'a@b.d'],
  phone: [undefined, '', '  ', '123', '12345', '+49 (30) 123-45/6', 'call me', '1'.repeat(LEAD_LIMITS.phone.max + 1), 'x'.repeat(LEAD_LIMITS.phone.max + 1)],
  topic: [undefined, '', 'strategy', 'other', 'Strategy', 'crypto'],
  message: [undefined, '', 'kurz', 'x'.repeat(10), ` ${'x'.repeat(9)} `, 'x'.repeat(LEAD_LIMITS.message.max + 1)],
  consent: [undefined, '', 'on', 'true', 'yes', 'off', 'ON'],
};

const base = { lang: 'de', name: 'Anna', company: 'Firma', email: 'a@b.de', phone: '', topic: 'strategy', message: 'Eine ausreichend lange Nachricht.', consent: 'on' };

describe('checkLead (browser) agrees with the zod schema (server)', () => {
  for (const [field, values] of Object.entries(candidates)) {
    it.each(values.map((v) => [v]))(`${field} = %j`, (value) => {
      const input: Record<string, string | undefined> = { ...base, [field]: value };
      if (value === undefined) delete input[field];
      const server = parseLead(input);
      expect(checkLead(input)).toEqual(server.ok ? {} : server.errors);
    });
  }

  it('agrees on a request with many errors at once', () => {
    const input = { lang: 'en', name: 'A', company: '', email: 'x', phone: 'abc', topic: 'nope', message: 'short', consent: '' };
    const server = parseLead(input);
    expect(server.ok).toBe(false);
    expect(checkLead(input)).toEqual(server.ok ? {} : server.errors);
  });
});
