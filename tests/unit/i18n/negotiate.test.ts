import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage, resolveLocale } from '@/lib/i18n/negotiate';

describe('resolveLocale', () => {
  it('prefers a valid cookie over Accept-Language', () => {
    expect(resolveLocale({ cookie: 'en', acceptLanguage: 'de-DE,de;q=0.9' })).toBe('en');
    expect(resolveLocale({ cookie: 'de', acceptLanguage: 'en-US' })).toBe('de');
  });

  it('ignores an invalid cookie', () => {
    expect(resolveLocale({ cookie: 'fr', acceptLanguage: 'en-GB' })).toBe('en');
    expect(resolveLocale({ cookie: 'EN', acceptLanguage: 'de' })).toBe('de');
    expect(resolveLocale({ cookie: '', acceptLanguage: 'en' })).toBe('en');
  });

  it('picks the best match by q-value, not by position', () => {
    expect(resolveLocale({ acceptLanguage: 'de;q=0.4, en;q=0.8' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: 'fr-FR, fr;q=0.9, en;q=0.5, de;q=0.7' })).toBe('de');
  });

  it('matches regional variants by their primary language', () => {
    expect(resolveLocale({ acceptLanguage: 'en-US,en;q=0.9' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: 'de-AT' })).toBe('de');
  });

  it('skips languages we do not offer and ranges with q=0', () => {
    expect(resolveLocale({ acceptLanguage: 'fr, es;q=0.9, en;q=0.1' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: 'en;q=0, fr' })).toBe('de');
  });

  it('falls back to German without usable input', () => {
    expect(resolveLocale({})).toBe('de');
    expect(resolveLocale({ cookie: null, acceptLanguage: null })).toBe('de');
    expect(resolveLocale({ acceptLanguage: 'ja, zh;q=0.8' })).toBe('de');
    expect(resolveLocale({ acceptLanguage: '*' })).toBe('de');
  });

  it('survives malformed and oversized headers', () => {
    for (const header of [';;;', ',,,', 'en;q=abc', 'en;q=', '\u0000\u0001', '<script>', 'e n', 'x'.repeat(100_000), 'de;q=0.5,'.repeat(10_000)]) {
      expect(() => resolveLocale({ acceptLanguage: header })).not.toThrow();
    }
    expect(resolveLocale({ acceptLanguage: 'en;q=abc, de;q=0.3' })).toBe('de');
    expect(resolveLocale({ acceptLanguage: 'en;q=2' })).toBe('en');
  });
});

describe('parseAcceptLanguage', () => {
  it('orders ranges by q and keeps header order for ties', () => {
    expect(parseAcceptLanguage('fr;q=0.5, en, de').map((r) => r.tag)).toEqual(['en', 'de', 'fr']);
  });

  it('lower-cases tags and drops invalid ones', () => {
    expect(parseAcceptLanguage('EN-gb, 12, de_DE').map((r) => r.tag)).toEqual(['en-gb']);
  });
});
