import type { Metadata } from 'next';
import { getAllArticles, getCategories, listArticles } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import { locales } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { homeAlternates } from '@/lib/seo/pages';
import { organizationJsonLd, websiteJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from '@/components/seo/json-ld';
import { ArticleList } from '@/components/listing/article-list';
import { CategoryRow } from '@/components/listing/category-row';
import { LeadStory } from '@/components/listing/lead-story';
import { ListingShell } from '@/components/listing/listing-shell';
import { ListingSidebar } from '@/components/listing/listing-sidebar';
import { SectionHeading } from '@/components/listing/section-heading';
import { requireLocale } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string }> };

const LATEST_COUNT = 6;
const PER_CATEGORY = 3;

export const dynamicParams = false;
// "Beliebte Artikel" comes from read counts: refresh the static page every 10 minutes.
// A listing: re-rendered at most 30 s after it went stale, so a scheduled article reaches it within the
// 60-second promise even if this process missed its publication timer (scripts/serve.mjs).
export const revalidate = 30;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = requireLocale((await params).lang);
  const t = getT(lang, 'pages');
  const metadata = buildPageMetadata({
    lang,
    path: routes.home(lang),
    title: t('home.title'),
    description: t('home.description'),
    alternates: homeAlternates(),
  });
  // The layout's "%s | Brand" template skips a page in its own segment, so name the brand here.
  return { ...metadata, title: { absolute: `${siteConfig.name} – ${t('home.title')}` } };
}

export default async function HomePage({ params }: Props) {
  const lang = requireLocale((await params).lang);
  const t = getT(lang, 'pages');
  const all = getAllArticles(lang);
  // The newest editor pick leads; without picks, the newest article does.
  const lead = all.find((a) => a.featured) ?? all[0];
  const latest = all.filter((a) => a !== lead).slice(0, LATEST_COUNT);
  const categories = getCategories(lang).filter((c) => c.count > 0);
  return (
    <ListingShell asideLabel={t('sidebarLabel')} aside={<ListingSidebar lang={lang} />}>
      <JsonLd data={[organizationJsonLd(), websiteJsonLd(lang)]} />
      <h1 className="visually-hidden">{t('home.heading')}</h1>
      {lead ? <LeadStory article={lead} lang={lang} /> : null}
      <section aria-labelledby="home-latest">
        <SectionHeading id="home-latest" title={t('home.latest')} more={{ href: routes.archive(lang), label: t('home.toArchive') }} />
        <ArticleList articles={latest} lang={lang} headingLevel={3} />
      </section>
      {categories.map((c) => (
        <CategoryRow key={c.slug} category={c} lang={lang} articles={listArticles({ lang, category: c.slug, perPage: PER_CATEGORY }).items} />
      ))}
    </ListingShell>
  );
}
