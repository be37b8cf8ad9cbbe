import { describe, expect, it } from 'vitest';
import { foldTerm, processTerm, splitCamelCase, tokenize } from '@/lib/search/normalize';
import { swapVariants } from '@/lib/search/engine';

describe('foldTerm', () => {
  it.each([
    ['Künstliche', 'kunstliche'],
    ['Kuenstliche', 'kunstliche'],
    ['KUNSTLICHE', 'kunstliche'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Ökostrom', 'okostrom'],
    ['Oekostrom', 'okostrom'],
    ['Bärlauch', 'barlauch'],
    ['Baerlauch', 'barlauch'],
    ['Café', 'cafe'],
  ])('%s → %s', (input, expected) => {
    expect(foldTerm(input)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('splits on punctuation, hyphens and regex syntax', () => {
    expect(tokenize('KI-Modell (GPT-4o): 2,3 Mio.')).toEqual(['KI', 'Modell', 'GPT', '4o', '2', '3', 'Mio']);
    expect(tokenize('.*(a+)+$ [(?<=')).toEqual(['a']);
  });
});

describe('processTerm', () => {
  it('drops stop words and single letters but keeps digits', () => {
    expect(processTerm('Die')).toBeNull();
    expect(processTerm('für')).toBeNull();
    expect(processTerm('the')).toBeNull();
    expect(processTerm('a')).toBeNull();
    expect(processTerm('5')).toBe('5');
    expect(processTerm('KI')).toBe('ki');
  });
});

describe('splitCamelCase', () => {
  it('splits hashtags into words', () => {
    expect(splitCamelCase('KünstlicheIntelligenz')).toBe('Künstliche Intelligenz');
    expect(splitCamelCase('GPT4o')).toBe('GPT 4o');
  });
});

describe('swapVariants', () => {
  it('lists each neighbouring-letter swap once', () => {
    expect(swapVariants('klrana')).toContain('klarna');
    expect(swapVariants('abc')).toEqual(['bac', 'acb']);
    expect(swapVariants('aab')).toEqual(['aba']);
  });
});
