import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTags, listArticles } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { isTagIndexable, tagAlternates } from '@/lib/seo/pages';
import { ArticleList } from '@/components/listing/article-list';
import { ListingShell } from '@/components/listing/listing-shell';
import { ListingSidebar } from '@/components/listing/listing-sidebar';
import { PageHeader } from '@/components/listing/page-header';
import { Pagination } from '@/components/listing/pagination';

/** The tag as used in this language, or a 404: a tag page exists only where the tag is used. */
export function requireTag(lang: Locale, slug: string) {
  const tag = getTags(lang).find((t) => t.slug === slug);
  if (!tag) notFound();
  return tag;
}

export function tagPageCount(lang: Locale, slug: string): number {
  requireTag(lang, slug);
  return listArticles({ lang, tag: slug }).pageCount;
}

export function tagMetadata(lang: Locale, slug: string, page: number): Metadata {
  const tag = requireTag(lang, slug);
  const t = getT(lang, 'pages');
  const list = listArticles({ lang, tag: slug });
  // A hashtag with a single article repeats that article's teaser: noindex, follow, no hreflang.
  const indexable = isTagIndexable(lang, slug);
  return buildPageMetadata({
    lang,
    path: routes.tag(lang, slug, page),
    title: page > 1 ? t('tag.titlePaged', { label: tag.label, page }) : t('tag.title', { label: tag.label }),
    description: t('tag.description', { count: list.total, label: tag.label, site: siteConfig.name, latest: list.items[0]?.title ?? '' }),
    alternates: indexable ? tagAlternates(slug, page) : {},
    noindex: !indexable,
    page: { number: page, count: list.pageCount },
  });
}

/** Hashtag page: "#Label", how many articles carry it, and one page of them. */
export function TagView({ lang, slug, page }: { lang: Locale; slug: string; page: number }) {
  const tag = requireTag(lang, slug);
  const list = listArticles({ lang, tag: slug, page });
  if (page > list.pageCount) notFound();
  const t = getT(lang, 'pages');
  return (
    <ListingShell asideLabel={t('sidebarLabel')} aside={<ListingSidebar lang={lang} />}>
      <PageHeader
        eyebrow={t('tag.eyebrow')}
        title={page > 1 ? t('tag.titlePaged', { label: tag.label, page }) : t('tag.title', { label: tag.label })}
        intro={t('tag.intro', { count: list.total, label: tag.label })}
      />
      <ArticleList articles={list.items} lang={lang} headingLevel={2} lcpImage />
      <Pagination lang={lang} page={page} pageCount={list.pageCount} hrefFor={(n) => routes.tag(lang, slug, n)} />
    </ListingShell>
  );
}
