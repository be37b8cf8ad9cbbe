import { siteConfig } from '@/lib/site';

/** Thrown when a request body exceeds its limit. */
export class BodyTooLargeError extends Error {}

/** Reads at most `maxBytes` of a request body as UTF-8; stops early instead of buffering a flood. */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new BodyTooLargeError();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON object or a urlencoded form into string values; anything else gives undefined. */
export function parseFields(contentType: string | null, body: string): Record<string, string> | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(body));
  }
  if (type === 'application/json') {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return undefined;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string') out[k] = v;
      else if (typeof v === 'boolean') out[k] = v ? 'on' : '';
    }
    return out;
  }
  return undefined;
}

/**
 * False when the browser says the request comes from another site (a cross-site form post).
 * The configured site URL always counts as ours, so a proxy that rewrites Host does not lock out readers.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return origin !== 'null';
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    const url = new URL(origin);
    return url.host === host || url.origin === new URL(siteConfig.url).origin;
  } catch {
    return false;
  }
}
