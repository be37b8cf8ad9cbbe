import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';

describe('formatDate / formatDateTime', () => {
  it('formats in Berlin time, not in the machine zone', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin (UTC+1 in winter).
    expect(formatDate('2024-12-31T23:30:00Z', 'de')).toBe('1. Januar 2025');
    expect(formatDate('2024-12-31T23:30:00Z', 'en')).toBe('1 January 2025');
  });

  it('includes the Berlin wall-clock time', () => {
    expect(formatDateTime('2024-08-28T09:30:00+02:00', 'de')).toBe('28. August 2024, 9:30 Uhr');
    expect(formatDateTime('2024-12-31T23:05:00Z', 'de')).toBe('1. Januar 2025, 0:05 Uhr');
    const en = formatDateTime('2024-08-28T07:30:00Z', 'en');
    expect(en).toContain('28 August 2024');
    expect(en).toContain('09:30');
  });

  it('accepts Date objects and returns an empty string for invalid input', () => {
    expect(formatDate(new Date('2024-03-13T12:00:00Z'), 'de')).toBe('13. März 2024');
    expect(formatDate('not a date', 'de')).toBe('');
    expect(formatDateTime('', 'en')).toBe('');
  });
});

describe('formatNumber', () => {
  it('uses the language grouping and decimal separators', () => {
    expect(formatNumber(4000, 'de')).toBe('4.000');
    expect(formatNumber(4000, 'en')).toBe('4,000');
    expect(formatNumber(66.1, 'de')).toBe('66,1');
  });

  it('passes Intl options through', () => {
    expect(formatNumber(0.73, 'de', { style: 'percent' })).toBe('73\u00a0%');
    expect(formatNumber(0.73, 'en', { style: 'percent' })).toBe('73%');
  });
});
