import type { ArticleMeta } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { ArticleCard, type ArticleCardProps } from '@/components/listing/article-card';
import styles from './article-list.module.css';

export interface ArticleListProps {
  articles: readonly ArticleMeta[];
  lang: Locale;
  headingLevel?: ArticleCardProps['headingLevel'];
  /** "grid" for card grids, "stack" for a single column (sidebars, compact lists). */
  layout?: 'grid' | 'stack';
  variant?: ArticleCardProps['variant'];
  /** The first card's cover is the page's largest paint (see ArticleCard). */
  lcpImage?: boolean;
  showCategory?: boolean;
}

/** A list of article cards, or a short note when there is nothing to show. */
export function ArticleList({ articles, lang, headingLevel = 2, layout = 'grid', variant = 'default', lcpImage = false, showCategory = true }: ArticleListProps) {
  if (articles.length === 0) {
    const t = getT(lang, 'pages');
    return <p className={styles.empty}>{t('list.empty')}</p>;
  }
  return (
    <ul className={layout === 'grid' ? styles.grid : styles.stack}>
      {articles.map((article, i) => (
        <li key={`${article.lang}/${article.slug}`} className={styles.item}>
          <ArticleCard article={article} lang={lang} headingLevel={headingLevel} variant={variant} lcpImage={lcpImage && i === 0} showCategory={showCategory} />
        </li>
      ))}
    </ul>
  );
}
