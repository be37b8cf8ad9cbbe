import { IntentLink } from '@/components/ui/intent-link';
import type { ArticleMeta } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import styles from './adjacent-articles.module.css';
import { headline } from '@/lib/typography';

export interface AdjacentArticlesProps {
  previous?: Pick<ArticleMeta, 'slug' | 'title'>;
  next?: Pick<ArticleMeta, 'slug' | 'title'>;
  lang: Locale;
  labels: { nav: string; previous: string; next: string };
}

/** Links to the previous (older) and next (newer) article. */
export function AdjacentArticles({ previous, next, lang, labels }: AdjacentArticlesProps) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={labels.nav} className={styles.nav} data-testid="adjacent-articles">
      {previous ? (
        <IntentLink href={routes.article(lang, previous.slug)} className={styles.link} rel="prev">
          <span className={styles.label}>
            <span aria-hidden="true">← </span>
            {labels.previous}
          </span>
          <span className={styles.title}>{headline(previous.title)}</span>
        </IntentLink>
      ) : (
        <span />
      )}
      {next ? (
        <IntentLink href={routes.article(lang, next.slug)} className={`${styles.link} ${styles.next}`} rel="next">
          <span className={styles.label}>
            {labels.next}
            <span aria-hidden="true"> →</span>
          </span>
          <span className={styles.title}>{headline(next.title)}</span>
        </IntentLink>
      ) : null}
    </nav>
  );
}
