import type { ArticleMeta } from '@/lib/content';
import type { Locale } from '@/lib/i18n/settings';
import { ArticleList } from '@/components/listing/article-list';
import { formatMonth, monthKey } from '@/components/listing/format-date';
import styles from './archive-list.module.css';

/** Groups consecutive articles (already newest first) by their Berlin calendar month. */
export function groupByMonth(articles: readonly ArticleMeta[]): { key: string; articles: ArticleMeta[] }[] {
  const groups: { key: string; articles: ArticleMeta[] }[] = [];
  for (const article of articles) {
    const key = monthKey(article.date);
    const last = groups.at(-1);
    if (last && last.key === key) last.articles.push(article);
    else groups.push({ key, articles: [article] });
  }
  return groups;
}

/** Archive page body: one h2 per month, the month's articles below it. */
export function ArchiveList({ articles, lang }: { articles: readonly ArticleMeta[]; lang: Locale }) {
  return (
    <div className={styles.archive}>
      {groupByMonth(articles).map((group) => {
        const first = group.articles[0];
        const id = `month-${group.key}`;
        return (
          <section key={group.key} aria-labelledby={id} className={styles.month}>
            <h2 id={id} className={styles.heading}>
              <time dateTime={group.key}>{first ? formatMonth(first.date, lang) : group.key}</time>
            </h2>
            <ArticleList articles={group.articles} lang={lang} headingLevel={3} layout="stack" variant="row" />
          </section>
        );
      })}
    </div>
  );
}
