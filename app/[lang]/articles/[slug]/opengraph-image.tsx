import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import { OG_SIZE, OgCard } from '@/components/seo/og-card';
import { getAllArticles, getArticle, getCategory } from '@/lib/content';
import { isLocale, locales } from '@/lib/i18n/settings';
import { siteTagline } from '@/lib/seo/copy';
import { getOgFonts } from '@/lib/seo/og-fonts';
import { siteConfig } from '@/lib/site';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const dynamicParams = false;

/** Every article's share image is rendered once at build. */
export function generateStaticParams() {
  return locales.flatMap((lang) => getAllArticles(lang).map((a) => ({ lang, slug: a.slug })));
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
