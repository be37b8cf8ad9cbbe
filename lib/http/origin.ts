import { getArticle } from '@/lib/content';
import { isLocale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import type { LeadOrigin } from '@/lib/store/types';

/** Query parameter the "Beraten lassen" links carry and hidden form field the form posts. */
export const ORIGIN_PARAM = 'from';

const MAX_PATH = 300;
/** A page path of this site: a language, then lowercase slug segments (kebab-case, digits). */
const SITE_PATH = /^\/([a-z]{2})(?:\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/**
 * The page a reader came from, if `raw` is a path of this site ("/de/articles/x"); anything else
 * (another site, "//evil.example", a query, script) gives an empty origin, never an error: where
 * someone came from must not decide whether their request is accepted.
 */
export function siteOrigin(raw: unknown): LeadOrigin {
  if (typeof raw !== 'string' || raw.length > MAX_PATH) return {};
  const match = SITE_PATH.exec(raw);
  const lang = match?.[1];
  if (!match || !isLocale(lang)) return {};
  const slug = /^\/[a-z]{2}\/articles\/([^/]+)$/.exec(raw)?.[1];
  const article = slug ? getArticle(lang, slug) : undefined;
  // Title lookup: only for a published article, and the path is kept exactly as the site builds it.
  if (article && article.status === 'published' && routes.article(lang, article.slug) === raw) return { path: raw, title: article.title };
  return { path: raw };
}

/**
 * The origin a form without JavaScript could not fill into its hidden field: the consulting page
 * the form was posted from carries it in its query (`/de/consulting?from=/de/articles/x`), and the
 * browser names that page in Referer (same origin; Referrer-Policy strict-origin-when-cross-origin).
 */
export function originFromReferer(referer: string | null, siteUrl: string, requestHost?: string | null): string | undefined {
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    // Our page: the configured site, or the host this request was sent to (as isSameOrigin accepts).
    if (url.origin !== new URL(siteUrl).origin && url.host !== requestHost) return undefined;
    return url.searchParams.get(ORIGIN_PARAM) ?? undefined;
  } catch {
    return undefined;
  }
}
