import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReadBeacon } from '@/components/analytics/read-beacon';
import { AdjacentArticles } from '@/components/article/adjacent-articles';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { Hashtags } from '@/components/article/hashtags';
import { KeyFacts } from '@/components/article/key-facts';
import { RelatedPosts } from '@/components/article/related-posts';
import { ShareLinks } from '@/components/article/share-links';
import { SourceReference } from '@/components/article/source-reference';
import { LanguageSwitcher } from '@/components/i18n/language-switcher';
import { JsonLd } from '@/components/seo/json-ld';
import { ArticleSidebar } from '@/components/sidebar/article-sidebar';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ResponsiveImage } from '@/components/ui/responsive-image';
import { PreviewBanner } from '@/components/preview/preview-banner';
import { getAdjacentArticles, getAuthor, getCategory, getRelatedArticles, getTranslation, type Author } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import { isLocale, locales, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { prerenderedArticleParams } from '@/lib/prerender';
import { articleForReader } from '@/lib/preview/server';
import { articleJsonLd } from '@/lib/seo/json-ld';
import { buildArticleMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/site';
import styles from './page.module.css';

type Params = Promise<{ lang: string; slug: string }>;

// The newest articles are prerendered, older ones render on their first request (lib/prerender.ts).
export const dynamicParams = true;

// The sidebar's "Beliebte Artikel" come from counted reads: re-render at most every 10 minutes.
export const revalidate = 600;

export function generateStaticParams() {
  return prerenderedArticleParams();
}

async function load(params: Params) {
  const { lang, slug } = await params;
  if (!isLocale(lang)) notFound();
  // Public articles for everyone; an unpublished one only in a signed preview (lib/preview).
  const found = await articleForReader(lang, slug);
  if (!found) notFound();
  return { lang, article: found.article, previewUntil: found.previewUntil };
}

function otherLocales(lang: Locale): Locale[] {
  return locales.filter((l) => l !== lang);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, article, previewUntil } = await load(params);
  const translations = otherLocales(lang).flatMap((l) => getTranslation(article, l) ?? []);
  const metadata = buildArticleMetadata(article, translations);
  // A preview is for one colleague: never indexed, never followed.
  return previewUntil === undefined ? metadata : { ...metadata, robots: { index: false, follow: false } };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { lang, article, previewUntil } = await load(params);
  const t = getT(lang, 'article');
  const category = getCategory(article.category);
  const authors = article.authors.map((slug) => getAuthor(slug)).filter((a): a is Author => a !== undefined);
  const related = getRelatedArticles(article, 3);
  const { previous, next } = getAdjacentArticles(article);
  const path = routes.article(lang, article.slug);

  // The other language versions of this article, for the switch under the headline.
  const targets: Partial<Record<Locale, string>> = {};
  for (const l of otherLocales(lang)) {
    const translation = getTranslation(article, l);
    if (translation) targets[l] = routes.article(l, translation.slug);
  }
  const translated = Object.keys(targets).length > 0;

  const crumbs = [
    { name: t('breadcrumb.home'), path: routes.home(lang) },
    ...(category ? [{ name: category.name[lang], path: routes.category(lang, category.slug) }] : []),
    { name: article.title, path },
  ];

  return (
    <div className={`container ${styles.page}`}>
      <article className={styles.article} lang={lang} data-testid="article">
        {previewUntil !== undefined ? <PreviewBanner lang={lang} until={previewUntil} /> : null}
        <Breadcrumb items={crumbs} label={t('breadcrumb.label')} />
        <ArticleHeader article={article} authors={authors} category={category} lang={lang}>
          {translated ? (
            <div className={styles.translation}>
              <span className={styles.translationLabel}>{t('translation.available')}:</span>
              <LanguageSwitcher lang={lang} targets={targets} variant="full" id="article-language" label={t('translation.available')} />
            </div>
          ) : (
            // No button into a language the article is not in; the header's switch still leads to
            // that language's home, with a notice.
            <p className={`${styles.translation} ${styles.translationLabel}`} data-testid="untranslated">
              {t('translation.missing')}
            </p>
          )}
        </ArticleHeader>
        {article.cover ? (
          <figure className={styles.cover}>
            <ResponsiveImage
              src={article.cover.src}
              alt={article.cover.alt}
              width={article.cover.width}
              height={article.cover.height}
              preloadImage
              sizes="(min-width: 1240px) 780px, (min-width: 1024px) 62vw, 100vw"
            />
          </figure>
        ) : null}
        <KeyFacts facts={article.keyFacts} heading={t('keyFacts.heading')} />
        <ArticleBody html={article.html} />
        <Hashtags tags={article.tags} lang={lang} heading={t('tags.heading')} />
        {article.source ? (
          <SourceReference
            source={article.source}
            labels={{ heading: t('source.heading'), text: t('source.text'), external: t('source.external') }}
          />
        ) : null}
        <ShareLinks url={absoluteUrl(path)} title={article.title} lang={lang} />
        <RelatedPosts articles={related} lang={lang} heading={t('related.heading')} />
        <AdjacentArticles
          previous={previous}
          next={next}
          lang={lang}
          labels={{ nav: t('adjacent.label'), previous: t('adjacent.previous'), next: t('adjacent.next') }}
        />
      </article>
      <ArticleSidebar lang={lang} authors={authors} current={article} />
      {category ? <JsonLd data={articleJsonLd(article, authors, category)} /> : null}
      {previewUntil === undefined ? <ReadBeacon lang={lang} slug={article.slug} /> : null}
    </div>
  );
}
