import { describe, expect, it } from 'vitest';
import { headline } from '@/lib/typography';

describe('headline', () => {
  it('glues a spaced dash to the word before it, so no line starts with the dash', () => {
    expect(headline('Klarna halbiert Belegschaft – KI übernimmt')).toBe('Klarna halbiert Belegschaft\u00a0– KI übernimmt');
    expect(headline('Eins — zwei - drei')).toBe('Eins\u00a0— zwei\u00a0- drei');
    expect(headline('A  – B')).toBe('A\u00a0– B');
  });

  it('leaves hyphenated words, leading dashes and dashes without spaces alone', () => {
    expect(headline('KI-News für Entscheider')).toBe('KI-News für Entscheider');
    expect(headline('2024–2025 im Rückblick')).toBe('2024–2025 im Rückblick');
    expect(headline('Ende –')).toBe('Ende –');
  });
});
