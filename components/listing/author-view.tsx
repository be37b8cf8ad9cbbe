import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAllArticles, getAuthor, getAuthors } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import { locales, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { authorAlternates } from '@/lib/seo/pages';
import { profilePageJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from '@/components/seo/json-ld';
import { ResponsiveImage } from '@/components/ui/responsive-image';
import { ArticleList } from '@/components/listing/article-list';
import { ListingShell } from '@/components/listing/listing-shell';
import { SectionHeading } from '@/components/listing/section-heading';
import styles from './author-view.module.css';

const NETWORKS = ['linkedin', 'xing', 'x', 'github', 'website', 'mastodon'] as const;
type Network = (typeof NETWORKS)[number];

function isNetwork(value: string): value is Network {
  return (NETWORKS as readonly string[]).includes(value);
}

export function authorParams(): { lang: Locale; slug: string }[] {
  return locales.flatMap((lang) => getAuthors().map((a) => ({ lang, slug: a.slug })));
}

export function authorMetadata(lang: Locale, slug: string): Metadata {
  const author = getAuthor(slug);
  if (!author) return {};
  const t = getT(lang, 'pages');
  return buildPageMetadata({
    lang,
    path: routes.author(lang, slug),
    title: author.name,
    description: t('author.description', { name: author.name, role: author.role[lang], site: siteConfig.name }),
    alternates: authorAlternates(slug),
    ...(author.avatar ? { ogImage: author.avatar } : {}),
  });
}

/** Author profile: portrait, role, bio, profile links and everything they wrote in this language. */
export function AuthorView({ lang, slug }: { lang: Locale; slug: string }) {
  const author = getAuthor(slug);
  if (!author) notFound();
  const t = getT(lang, 'pages');
  const articles = getAllArticles(lang).filter((a) => a.authors.includes(slug));
  return (
    <ListingShell>
      <JsonLd data={profilePageJsonLd(author, lang)} />
      <header className={styles.profile}>
        {author.avatar ? (
          // The portrait is decorative next to the visible name.
          <ResponsiveImage src={author.avatar} alt="" width={160} height={160} className={styles.avatar} preloadImage unoptimized={author.avatar.endsWith('.svg')} />
        ) : null}
        <div className={styles.text}>
          <p className={styles.role}>{author.role[lang]}</p>
          <h1 className={styles.name}>{author.name}</h1>
          <p className={styles.bio}>{author.bio[lang]}</p>
          {author.social.length > 0 ? (
            <ul className={styles.social} aria-label={t('author.profiles', { name: author.name })}>
              {author.social.map((s) => (
                <li key={s.url}>
                  <a href={s.url} rel="me noopener" className={styles.socialLink}>
                    {isNetwork(s.network) ? t(`author.networks.${s.network}`) : new URL(s.url).hostname}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </header>
      <section aria-labelledby="author-articles">
        <SectionHeading id="author-articles" title={t('author.articles', { name: author.name })} />
        {articles.length > 0 ? (
          <ArticleList articles={articles} lang={lang} headingLevel={3} />
        ) : (
          <p className={styles.none}>{t('author.noArticles')}</p>
        )}
      </section>
    </ListingShell>
  );
}
