import { describe, expect, it } from 'vitest';
import { foldTerm, processTerm, splitCamelCase, tokenize } from '@/lib/search/normalize';
import { oneTypoApart } from '@/lib/search/engine';

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

describe('oneTypoApart', () => {
  it.each([
    ['klrana', 'klarna', 'two neighbours swapped'],
    ['datenschuz', 'datenschutz', 'a letter dropped'],
    ['quantencomputerr', 'quantencomputer', 'a letter added'],
    ['regulatiom', 'regulation', 'a letter replaced'],
    ['xlarna', 'klarna', 'the first letter replaced'],
  ])('%s ~ %s (%s)', (a, b) => {
    expect(oneTypoApart(a, b)).toBe(true);
    expect(oneTypoApart(b, a)).toBe(true);
  });

  it.each([
    ['klarna', 'klarna', 'the same word is no typo'],
    ['kalrnaa', 'klarna', 'two edits'],
    ['wetter', 'wettervorhersage', 'a longer word'],
    ['abcd', 'badc', 'two swaps'],
  ])('%s ≁ %s (%s)', (a, b) => {
    expect(oneTypoApart(a, b)).toBe(false);
  });
});
