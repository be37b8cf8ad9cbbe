import { describe, expect, it } from 'vitest';
import { cleanQuery, MAX_QUERY_LENGTH, parsePage } from '@/lib/search/query';

describe('cleanQuery', () => {
  it('trims, collapses whitespace and removes control characters', () => {
    expect(cleanQuery('  Klarna \u0000\u001b KI\n\t ')).toEqual({ text: 'Klarna KI', truncated: false });
  });

  it('takes the first value of a repeated parameter and ignores non-strings', () => {
    expect(cleanQuery(['eins', 'zwei']).text).toBe('eins');
    expect(cleanQuery(undefined)).toEqual({ text: '', truncated: false });
  });

  it('caps long queries and reports it', () => {
    const result = cleanQuery('ä'.repeat(10_000));
    expect(result.truncated).toBe(true);
    expect(Array.from(result.text)).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('does not split a surrogate pair when cutting', () => {
    const result = cleanQuery('😀'.repeat(MAX_QUERY_LENGTH + 5));
    expect(result.text).toBe('😀'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('parsePage', () => {
  it.each([
    ['2', 2],
    ['1', 1],
    ['0', 1],
    ['-3', 1],
    ['2.5', 1],
    ['abc', 1],
    ['99999', 1],
    [undefined, 1],
  ])('%s → %s', (input, expected) => {
    expect(parsePage(input)).toBe(expected);
  });
});
