import { createHmac, timingSafeEqual } from 'node:crypto';
import { isLocale, type Locale } from '@/lib/i18n/settings';

/*
 * Signed, expiring preview links (issue 12). A link carries what it opens (one article: language
 * and slug) and until when, signed with HMAC-SHA256 under PREVIEW_SECRET. Nothing is stored on
 * the server: the signature is the permission, so a changed byte or a passed expiry is refused.
 * Pure functions (no Next.js), shared by `npm run content:preview`, the preview route and the
 * production server's page resolver.
 */

/** The cookie that scopes a draft-mode session to what the link signed. */
export const PREVIEW_COOKIE = 'technow_preview';
/** Default lifetime of a link. */
export const PREVIEW_DEFAULT_DAYS = 7;
/** Shorter secrets are refused: a guessable key would make every draft readable. */
export const PREVIEW_SECRET_MIN_LENGTH = 32;

export interface PreviewGrant {
  lang: Locale;
  slug: string;
  /** Expiry, milliseconds since the epoch. */
  exp: number;
}

export type PreviewCheck =
  | { ok: true; grant: PreviewGrant }
  | { ok: false; reason: 'disabled' | 'missing' | 'malformed' | 'signature' | 'expired' };

/** PREVIEW_SECRET when it is long enough, else undefined (preview off). */
export function previewSecret(env: Record<string, string | undefined> = process.env): string | undefined {
  const secret = env.PREVIEW_SECRET;
  return secret && secret.length >= PREVIEW_SECRET_MIN_LENGTH ? secret : undefined;
}

function mac(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`technow-preview.v1.${payload}`).digest();
}

/** `<payload>.<signature>`, both base64url: safe in a query string and a cookie. */
export function signPreview(grant: PreviewGrant, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ l: grant.lang, s: grant.slug, e: grant.exp })).toString('base64url');
  return `${payload}.${mac(payload, secret).toString('base64url')}`;
}

/** Checks a token's signature first, then its content and expiry; says why it is refused. */
export function verifyPreview(token: string | null | undefined, secret: string | undefined, now: number): PreviewCheck {
  if (!secret) return { ok: false, reason: 'disabled' };
  if (!token) return { ok: false, reason: 'missing' };
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1] || token.length > 1024) return { ok: false, reason: 'malformed' };
  const [payload, signature] = parts as [string, string];
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const { l, s, e } = (data && typeof data === 'object' ? data : {}) as { l?: unknown; s?: unknown; e?: unknown };
  if (!isLocale(l) || typeof s !== 'string' || typeof e !== 'number') return { ok: false, reason: 'malformed' };
  if (e <= now) return { ok: false, reason: 'expired' };
  return { ok: true, grant: { lang: l, slug: s, exp: e } };
}

/** The value of one cookie from a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
