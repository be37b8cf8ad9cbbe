import { describe, expect, it } from 'vitest';
import { consultingRetryPath, consultingSentPath } from '@/lib/leads/paths';

describe('consulting result paths', () => {
  it('builds the paths under the consulting route, with nothing the reader typed in them', () => {
    expect(consultingSentPath('en')).toBe('/en/consulting/sent');
    expect(consultingRetryPath('de')).toBe('/de/consulting/retry');
  });
});
