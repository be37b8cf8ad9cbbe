import { describe, expect, it } from 'vitest';
import { parsePageParam, requirePage } from '@/components/listing/route-params';

describe('parsePageParam', () => {
  it('accepts page numbers from 2 upwards', () => {
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('17')).toBe(17);
  });

  it('rejects page 1 (it lives at the bare URL), zero-padded, signed and non-numeric values', () => {
    for (const bad of ['1', '0', '01', '02', '-2', '+2', '2x', '2.0', '', ' 2', '1e3', '9999999']) {
      expect(parsePageParam(bad), bad).toBeUndefined();
    }
  });
});

describe('requirePage', () => {
  it('returns a page within range and throws the not-found signal beyond the last page', () => {
    expect(requirePage('3', 3)).toBe(3);
    expect(() => requirePage('4', 3)).toThrow();
    expect(() => requirePage('1', 3)).toThrow();
  });
});
