import { describe, expect, it } from 'vitest';
import { consultingRetryPath, consultingSentPath, parseRetryErrors } from '@/lib/leads/paths';

describe('consulting result paths', () => {
  it('builds the paths under the consulting route', () => {
    expect(consultingSentPath('en')).toBe('/en/consulting/sent');
    expect(consultingRetryPath('de', 'invalid', { email: 'email', consent: 'consent' })).toBe('/de/consulting/retry?reason=invalid&e=email%3Aemail%2Cconsent%3Aconsent');
  });

  it('round-trips error codes and ignores anything unknown', () => {
    expect(parseRetryErrors('email:email,consent:consent')).toEqual({ email: 'email', consent: 'consent' });
    expect(parseRetryErrors('email:<script>,evil:required,name:tooLong')).toEqual({ name: 'tooLong' });
    expect(parseRetryErrors(undefined)).toEqual({});
  });
});
