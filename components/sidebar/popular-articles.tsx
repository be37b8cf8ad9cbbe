import { IntentLink } from '@/components/ui/intent-link';
import type { ArticleMeta } from '@/lib/content/types';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import styles from './sidebar.module.css';
import { headline } from '@/lib/typography';

/** "Beliebte Artikel": a numbered list of the most read articles. */
export function PopularArticles({ articles, lang }: { articles: Pick<ArticleMeta, 'slug' | 'title'>[]; lang: Locale }) {
  const t = getT(lang, 'article');
  if (articles.length === 0) return null;
  return (
    <section className={styles.block} aria-labelledby="popular-heading" data-testid="popular-articles">
      <h2 id="popular-heading" className={styles.heading}>
        {t('sidebar.popular')}
      </h2>
      <ol className={styles.popular}>
        {articles.map((a) => (
          <li key={a.slug}>
            <IntentLink href={routes.article(lang, a.slug)}>{headline(a.title)}</IntentLink>
          </li>
        ))}
      </ol>
    </section>
  );
}
