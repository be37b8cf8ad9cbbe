import { IntentLink } from '@/components/ui/intent-link';
import type { CategoryWithCount } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import styles from './sidebar.module.css';

/** Categories with the most articles, with their counts. */
export function HotCategories({ categories, lang }: { categories: Pick<CategoryWithCount, 'slug' | 'name' | 'count'>[]; lang: Locale }) {
  const t = getT(lang, 'article');
  if (categories.length === 0) return null;
  return (
    <section className={styles.block} aria-labelledby="hot-categories-heading" data-testid="hot-categories">
      <h2 id="hot-categories-heading" className={styles.heading}>
        {t('sidebar.hotCategories')}
      </h2>
      <ul className={styles.plainList}>
        {categories.map((c) => (
          <li key={c.slug} className={styles.categoryRow}>
            <IntentLink href={routes.category(lang, c.slug)}>{c.name[lang]}</IntentLink>
            <span className={styles.count}>{t('sidebar.articleCount', { count: c.count })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
