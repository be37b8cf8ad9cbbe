import { describe, expect, it } from 'vitest';
import { consultingPathFrom, consultingRetryPath, consultingSentPath } from '@/lib/leads/paths';

describe('consulting result paths', () => {
  it('builds the paths under the consulting route, with nothing the reader typed in them', () => {
    expect(consultingSentPath('en')).toBe('/en/consulting/sent');
    expect(consultingRetryPath('de')).toBe('/de/consulting/retry');
  });
});

describe('consultingPathFrom', () => {
  it('carries the page the reader came from, readable and safely encoded', () => {
    expect(consultingPathFrom('de', '/de/articles/klarna-halbiert-belegschaft')).toBe('/de/consulting?from=/de/articles/klarna-halbiert-belegschaft');
    expect(new URL(consultingPathFrom('en', '/en/x&y=1#z'), 'http://s').searchParams.get('from')).toBe('/en/x&y=1#z');
  });
});
