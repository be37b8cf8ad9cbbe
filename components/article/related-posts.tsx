import { ArticleCard } from '@/components/listing/article-card';
import type { ArticleMeta } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/settings';
import styles from './related-posts.module.css';

/** "Ähnliche Beiträge": up to three cards below the article. */
export function RelatedPosts({ articles, lang, heading }: { articles: ArticleMeta[]; lang: Locale; heading: string }) {
  if (articles.length === 0) return null;
  return (
    <section className={styles.related} aria-labelledby="related-heading" data-testid="related-posts">
      <h2 id="related-heading" className={styles.heading}>
        {heading}
      </h2>
      <ul className={styles.grid}>
        {articles.map((a) => (
          <li key={a.slug}>
            <ArticleCard article={a} lang={lang} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
