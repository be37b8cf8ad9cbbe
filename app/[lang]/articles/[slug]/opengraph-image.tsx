import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import { OG_SIZE, OgCard } from '@/components/seo/og-card';
import { getArticle, getCategory } from '@/lib/content';
import { isLocale } from '@/lib/i18n/settings';
import { siteTagline } from '@/lib/seo/copy';
import { getOgFonts } from '@/lib/seo/og-fonts';
import { siteConfig } from '@/lib/site';

export const size = OG_SIZE;
export const contentType = 'image/png';
/*
 * Rendered on the first request and then cached like a prerendered page (ISR without revalidation):
 * drawing a PNG is the most expensive step per article, so doing it for every article at build
 * time would make build time grow far faster than the corpus. Unknown slugs answer 404.
 */
export function generateStaticParams(): { lang: string; slug: string }[] {
  return [];
}

/** Share image of an article, in its language: brand, category and headline. */
export default async function Image({ params }: { params: Promise<{ lang: string; slug: string }> }) {
  const { lang, slug } = await params;
  const article = isLocale(lang) ? getArticle(lang, slug) : undefined;
  if (!article) notFound();
  const category = getCategory(article.category);
  return new ImageResponse(
    <OgCard brand={siteConfig.name} headline={article.title} kicker={category?.name[article.lang]} footer={siteTagline(article.lang)} />,
    { ...OG_SIZE, fonts: getOgFonts() },
  );
}
