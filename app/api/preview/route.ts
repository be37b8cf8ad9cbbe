import { cookies, draftMode } from 'next/headers';
import { getUnpublishedArticle } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import { locales } from '@/lib/i18n/settings';
import { PREVIEW_COOKIE, previewSecret, verifyPreview, type PreviewCheck } from '@/lib/preview/token';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';

export const dynamic = 'force-dynamic';

type Refusal = Exclude<PreviewCheck, { ok: true }>['reason'] | 'unknown';

// Missing or expired: the reader needs a (new) link, 401. Changed, damaged or preview switched off: 403.
const STATUS: Record<Refusal, number> = { missing: 401, expired: 401, malformed: 403, signature: 403, disabled: 403, unknown: 404 };

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A small page that says why, in both languages (a refused link's language cannot be trusted). */
function refused(reason: Refusal): Response {
  const sections = locales.map((lang) => {
    const t = getT(lang, 'article');
    return `<section lang="${lang}"><h1>${escapeHtml(t('preview.refused.title'))}</h1><p data-reason="${reason}">${escapeHtml(t(`preview.refused.${reason}`))}</p><p><a href="${routes.home(lang)}">${escapeHtml(t('preview.refused.home'))}</a></p></section>`;
  });
  const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${escapeHtml(siteConfig.name)}</title></head><body>${sections.join('<hr>')}</body></html>`;
  return new Response(html, {
    status: STATUS[reason],
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' },
  });
}

/**
 * GET /api/preview?token=… (printed by `npm run content:preview`): checks the signature and
 * expiry, then turns on Next's draft mode for this browser and keeps the token in a cookie that
 * limits it to the signed article (lib/preview/server.ts), and sends the reader to the article.
 */
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token');
  const check = verifyPreview(token, previewSecret(), Date.now());
  if (!check.ok) return refused(check.reason);
  const { lang, slug, exp } = check.grant;
  if (!getUnpublishedArticle(lang, slug)) return refused('unknown');
  (await draftMode()).enable();
  (await cookies()).set(PREVIEW_COOKIE, token ?? '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: siteConfig.url.startsWith('https://'),
    path: '/',
    expires: new Date(exp),
  });
  return new Response(null, { status: 307, headers: { Location: routes.article(lang, slug), 'Cache-Control': 'private, no-store' } });
}
