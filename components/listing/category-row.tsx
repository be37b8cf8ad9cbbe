import type { ArticleMeta, Category } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { ArticleList } from '@/components/listing/article-list';
import { SectionHeading } from '@/components/listing/section-heading';
import styles from './category-row.module.css';

/** A home-page row: a category's newest articles with a link to the whole category. */
export function CategoryRow({ category, articles, lang }: { category: Category; articles: readonly ArticleMeta[]; lang: Locale }) {
  if (articles.length === 0) return null;
  const t = getT(lang, 'pages');
  const name = category.name[lang];
  const id = `category-${category.slug}`;
  return (
    <section className={styles.row} aria-labelledby={id}>
      <SectionHeading id={id} title={name} more={{ href: routes.category(lang, category.slug), label: t('home.moreInCategory', { name }) }} />
      <ArticleList articles={articles} lang={lang} headingLevel={3} variant="tile" showCategory={false} />
    </section>
  );
}
