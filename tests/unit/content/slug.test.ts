import { describe, expect, it } from 'vitest';
import { slugify, tagSlug } from '@/lib/content/slug';

describe('slugify', () => {
  it.each([
    ['Künstliche Intelligenz', 'kuenstliche-intelligenz'],
    ['Größe & Straße', 'groesse-strasse'],
    ['ÄÖÜ äöü ß', 'aeoeue-aeoeue-ss'],
    ['Klarna halbiert die Belegschaft – mit KI!', 'klarna-halbiert-die-belegschaft-mit-ki'],
    ['Café Crème', 'cafe-creme'],
    ['  --Mehrere   Leerzeichen--  ', 'mehrere-leerzeichen'],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('turns hashtags into URL segments without hyphens', () => {
    expect(tagSlug('KünstlicheIntelligenz')).toBe('kuenstlicheintelligenz');
    expect(tagSlug('Fintech')).toBe('fintech');
  });
});
