import 'server-only';
import { cookies, draftMode } from 'next/headers';
import { getArticle, getUnpublishedArticle, type Article } from '@/lib/content';
import type { Locale } from '@/lib/i18n/settings';
import { PREVIEW_COOKIE, previewSecret, verifyPreview } from '@/lib/preview/token';

export interface ArticleForReader {
  article: Article;
  /** Set when the article is not public and is shown through a signed preview: until when. */
  previewUntil?: number;
}

/**
 * The article a request may see: the public one, or (only in Next's draft mode, with a preview
 * cookie whose signature, expiry and article match) the unpublished one. Outside draft mode no
 * cookie is read, so the page stays static and cacheable for everyone else.
 */
export async function articleForReader(lang: Locale, slug: string): Promise<ArticleForReader | undefined> {
  const article = getArticle(lang, slug);
  if (article) return { article };
  if (!(await draftMode()).isEnabled) return undefined;
  const check = verifyPreview((await cookies()).get(PREVIEW_COOKIE)?.value, previewSecret(), Date.now());
  if (!check.ok || check.grant.lang !== lang || check.grant.slug !== slug) return undefined;
  const unpublished = getUnpublishedArticle(lang, slug);
  return unpublished ? { article: unpublished, previewUntil: check.grant.exp } : undefined;
}
