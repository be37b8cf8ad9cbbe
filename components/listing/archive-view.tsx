import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAllArticles, listArticles } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { archiveAlternates } from '@/lib/seo/pages';
import { ArchiveList } from '@/components/listing/archive-list';
import { ListingShell } from '@/components/listing/listing-shell';
import { ListingSidebar } from '@/components/listing/listing-sidebar';
import { PageHeader } from '@/components/listing/page-header';
import { Pagination } from '@/components/listing/pagination';

export function archivePageCount(lang: Locale): number {
  return listArticles({ lang }).pageCount;
}

export function archiveMetadata(lang: Locale, page: number): Metadata {
  const t = getT(lang, 'pages');
  return buildPageMetadata({
    lang,
    path: routes.archive(lang, page),
    title: page > 1 ? t('archive.titlePaged', { page }) : t('archive.title'),
    description: t('archive.description', { site: siteConfig.name }),
    alternates: archiveAlternates(page),
    page: { number: page, count: archivePageCount(lang) },
  });
}

/** Every article of a language, newest first, one page at a time, grouped by month. */
export function ArchiveView({ lang, page }: { lang: Locale; page: number }) {
  const list = listArticles({ lang, page });
  if (page > list.pageCount) notFound();
  const t = getT(lang, 'pages');
  return (
    <ListingShell asideLabel={t('sidebarLabel')} aside={<ListingSidebar lang={lang} />}>
      <PageHeader
        title={page > 1 ? t('archive.titlePaged', { page }) : t('archive.heading')}
        intro={t('archive.intro', { count: getAllArticles(lang).length })}
      />
      <ArchiveList articles={list.items} lang={lang} />
      <Pagination lang={lang} page={page} pageCount={list.pageCount} hrefFor={(n) => routes.archive(lang, n)} />
    </ListingShell>
  );
}
