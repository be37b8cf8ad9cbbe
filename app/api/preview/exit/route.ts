import { cookies, draftMode } from 'next/headers';
import { defaultLocale, isLocale } from '@/lib/i18n/settings';
import { PREVIEW_COOKIE } from '@/lib/preview/token';
import { routes } from '@/lib/routes';

export const dynamic = 'force-dynamic';

/** GET /api/preview/exit?lang=de: the banner's link; ends draft mode and forgets the preview. */
export async function GET(request: Request): Promise<Response> {
  const lang = new URL(request.url).searchParams.get('lang');
  (await draftMode()).disable();
  (await cookies()).delete(PREVIEW_COOKIE);
  return new Response(null, { status: 307, headers: { Location: routes.home(isLocale(lang) ? lang : defaultLocale), 'Cache-Control': 'private, no-store' } });
}
