import { describe, expect, it } from 'vitest';
import { normaliseDateTime, toZonedIso } from '@/lib/content/dates';

const TZ = 'Europe/Berlin';

describe('normaliseDateTime', () => {
  it.each([
    ['2024-08-28', '2024-08-28T00:00:00+02:00'],
    ['2024-01-15', '2024-01-15T00:00:00+01:00'],
    ['2024-08-28T09:30', '2024-08-28T09:30:00+02:00'],
    ['2024-08-28 09:30:15', '2024-08-28T09:30:15+02:00'],
    ['2024-08-28T07:30:00Z', '2024-08-28T09:30:00+02:00'],
    ['2024-08-28T09:30:00-04:00', '2024-08-28T15:30:00+02:00'],
    // Daylight-saving change in Berlin: 2024-03-31 02:00 → 03:00.
    ['2024-03-31T01:30', '2024-03-31T01:30:00+01:00'],
    ['2024-03-31T03:30', '2024-03-31T03:30:00+02:00'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDateTime(input, TZ)).toBe(expected);
  });

  it.each(['2024-02-30', '2024-13-01', '2024-08-28T25:00', 'gestern', '28.08.2024', ''])('rejects %j', (input) => {
    expect(normaliseDateTime(input, TZ)).toBeUndefined();
  });

  it('formats an instant in Berlin wall time', () => {
    expect(toZonedIso(Date.UTC(2024, 11, 24, 17, 0), TZ)).toBe('2024-12-24T18:00:00+01:00');
  });
});
