import type { ArticleMeta } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { ArticleCard } from '@/components/listing/article-card';
import styles from './lead-story.module.css';

/** The home page's top story: a large card under a small "Top story" label. */
export function LeadStory({ article, lang }: { article: ArticleMeta; lang: Locale }) {
  const t = getT(lang, 'pages');
  return (
    <section className={styles.lead} aria-labelledby="lead-story-label">
      <h2 id="lead-story-label" className={styles.label}>
        {t('home.leadStory')}
      </h2>
      <ArticleCard article={article} lang={lang} headingLevel={3} variant="lead" lcpImage />
    </section>
  );
}
