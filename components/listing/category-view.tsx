import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCategories, getCategory, listArticles } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import { locales, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { categoryAlternates } from '@/lib/seo/pages';
import { categoryIdFromSlug, localizedCategorySlug } from '@/lib/routing/categories';
import { redirectIfNonCanonical } from '@/components/listing/route-params';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from '@/components/seo/json-ld';
import { ArticleList } from '@/components/listing/article-list';
import { ListingShell } from '@/components/listing/listing-shell';
import { ListingSidebar } from '@/components/listing/listing-sidebar';
import { PageHeader } from '@/components/listing/page-header';
import { Pagination } from '@/components/listing/pagination';

/** lang × category (URL slug in that language) for the first pages (every category gets a page, even before its first article). */
export function categoryParams(): { lang: Locale; slug: string }[] {
  return locales.flatMap((lang) => getCategories(lang).map((c) => ({ lang, slug: localizedCategorySlug(c, lang) })));
}

/**
 * The id of the category a URL slug names in this language. An old or other-language slug
 * ("/en/category/forschung") answers one 308 to the canonical address; anything else is a 404.
 */
export function requireCategoryId(lang: Locale, slug: string): string {
  const id = categoryIdFromSlug(lang, slug);
  if (id) return id;
  redirectIfNonCanonical(`/${lang}/category/${slug}`);
  notFound();
}

/** The category's page count, or a 404 for an unknown id. */
export function categoryPageCount(lang: Locale, slug: string): number {
  if (!getCategory(slug)) notFound();
  return listArticles({ lang, category: slug }).pageCount;
}

export function categoryMetadata(lang: Locale, slug: string, page: number): Metadata {
  const category = getCategory(slug);
  if (!category) return {};
  const t = getT(lang, 'pages');
  const name = category.name[lang];
  return buildPageMetadata({
    lang,
    path: routes.category(lang, slug, page),
    title: page > 1 ? t('category.titlePaged', { name, page }) : name,
    description: category.description[lang],
    alternates: categoryAlternates(slug, page),
    page: { number: page, count: categoryPageCount(lang, slug) },
    feeds: { rss: routes.categoryRss(lang, slug), atom: routes.categoryAtom(lang, slug), title: `${siteConfig.name}: ${name}` },
  });
}

/** Category page: name, description, one page of its articles, pagination, breadcrumb JSON-LD. */
export function CategoryView({ lang, slug, page }: { lang: Locale; slug: string; page: number }) {
  const category = getCategory(slug);
  if (!category) notFound();
  const list = listArticles({ lang, category: slug, page });
  if (page > list.pageCount) notFound();
  const t = getT(lang, 'pages');
  const name = category.name[lang];
  const crumbs = [
    { name: t('category.breadcrumbHome'), path: routes.home(lang) },
    { name, path: routes.category(lang, slug) },
    ...(page > 1 ? [{ name: t('pagination.page', { page }), path: routes.category(lang, slug, page) }] : []),
  ];
  return (
    <ListingShell asideLabel={t('sidebarLabel')} aside={<ListingSidebar lang={lang} />}>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <PageHeader
        eyebrow={t('card.category')}
        title={page > 1 ? t('category.titlePaged', { name, page }) : name}
        intro={category.description[lang]}
        meta={t('category.count', { count: list.total })}
      />
      <ArticleList articles={list.items} lang={lang} headingLevel={2} lcpImage showCategory={false} />
      <Pagination lang={lang} page={page} pageCount={list.pageCount} hrefFor={(n) => routes.category(lang, slug, n)} />
    </ListingShell>
  );
}
