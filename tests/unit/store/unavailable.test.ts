import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '@/lib/store/types';
import { redactUrl, safeMessage } from '@/lib/store/redact';

describe('StoreUnavailableError', () => {
  it('is recognised across bundles (another copy of the class, same brand)', () => {
    // What another route bundle's copy of the class produces: same brand, different class identity.
    const brand = Object.getOwnPropertySymbols(new StoreUnavailableError())[0];
    const foreign = Object.assign(new Error('postgres: connect ECONNREFUSED'), { [brand as symbol]: true });
    expect(foreign instanceof StoreUnavailableError).toBe(true);
    expect(new Error('other') instanceof StoreUnavailableError).toBe(false);
    expect(new StoreUnavailableError() instanceof StoreUnavailableError).toBe(true);
  });
});

describe('redaction of connection strings', () => {
  it('hides the password of any URL and the configured password anywhere', () => {
    expect(redactUrl('connect to postgres://technow:s3cr%40t@db:5432/technow failed')).toBe('connect to postgres://technow:***@db:5432/technow failed');
    const url = 'postgres://technow:Geheim-123@db/technow';
    expect(safeMessage(new Error('password authentication failed: Geheim-123'), url)).toBe('password authentication failed: ***');
    expect(safeMessage('plain text', url)).toBe('plain text');
  });
});
