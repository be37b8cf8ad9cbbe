import { describe, expect, it } from 'vitest';
import { cookieValue, previewSecret, signPreview, verifyPreview } from '@/lib/preview/token';

const SECRET = 'k'.repeat(48);
const grant = { lang: 'de' as const, slug: 'entwurf-artikel', exp: 2_000_000 };

describe('signed preview links (lib/preview/token.ts)', () => {
  it('accepts its own link until it expires, with what it signed', () => {
    const token = signPreview(grant, SECRET);
    expect(verifyPreview(token, SECRET, 1_999_999)).toEqual({ ok: true, grant });
    expect(verifyPreview(token, SECRET, 2_000_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a changed article, a changed expiry, another secret and garbage, and says why', () => {
    const token = signPreview(grant, SECRET);
    const [payload, signature] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ l: 'de', s: 'geplanter-artikel', e: 2_000_000 })).toString('base64url');
    expect(verifyPreview(`${forged}.${signature}`, SECRET, 0)).toEqual({ ok: false, reason: 'signature' });
    const later = Buffer.from(JSON.stringify({ l: 'de', s: 'entwurf-artikel', e: 9_000_000 })).toString('base64url');
    expect(verifyPreview(`${later}.${signature}`, SECRET, 0)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyPreview(`${payload}.${signature.slice(0, -2)}AA`, SECRET, 0).ok).toBe(false);
    expect(verifyPreview(token, 'z'.repeat(48), 0)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyPreview('nonsense', SECRET, 0)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyPreview('', SECRET, 0)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyPreview(token, undefined, 0)).toEqual({ ok: false, reason: 'disabled' });
  });

  it('is off without a secret of at least 32 characters', () => {
    expect(previewSecret({})).toBeUndefined();
    expect(previewSecret({ PREVIEW_SECRET: 'short' })).toBeUndefined();
    expect(previewSecret({ PREVIEW_SECRET: SECRET })).toBe(SECRET);
  });

  it('reads one cookie out of a Cookie header', () => {
    expect(cookieValue('a=1; technow_preview=abc.def; b=2', 'technow_preview')).toBe('abc.def');
    expect(cookieValue('xtechnow_preview=1', 'technow_preview')).toBeUndefined();
    expect(cookieValue(undefined, 'technow_preview')).toBeUndefined();
  });
});
