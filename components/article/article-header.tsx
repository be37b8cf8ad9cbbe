import type { ReactNode } from 'react';
import { IntentLink } from '@/components/ui/intent-link';
import { Byline } from '@/components/article/byline';
import type { Article, Author, Category } from '@/lib/content/types';
import { formatDateTime } from '@/lib/format';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import styles from './article-header.module.css';
import { headline } from '@/lib/typography';

export interface ArticleHeaderProps {
  article: Pick<Article, 'title' | 'lead' | 'date' | 'updated' | 'readingMinutes' | 'status'>;
  authors: Pick<Author, 'slug' | 'name'>[];
  category?: Pick<Category, 'slug' | 'name'>;
  lang: Locale;
  /** Rendered after the meta line (the article's language link). */
  children?: ReactNode;
}

/** Category label, headline, byline, dates, reading time and lead. */
export function ArticleHeader({ article, authors, category, lang, children }: ArticleHeaderProps) {
  const t = getT(lang, 'article');
  const showUpdated = article.updated !== undefined && article.updated !== article.date;
  return (
    <header className={styles.header}>
      {article.status !== 'published' ? (
        <p className={styles.status} role="note" data-testid="status-marker">
          {article.status === 'scheduled' ? t('status.scheduled', { date: formatDateTime(article.date, lang) }) : t('status.draft')}
        </p>
      ) : null}
      {category ? (
        <IntentLink href={routes.category(lang, category.slug)} className={styles.category} data-testid="category-label">
          {category.name[lang]}
        </IntentLink>
      ) : null}
      <h1 className={styles.title}>{headline(article.title)}</h1>
      <div className={styles.meta}>
        <Byline authors={authors} lang={lang} prefix={t('byline')} className={styles.byline} />
        <p className={styles.dates}>
          <time dateTime={article.date}>{t('published', { date: formatDateTime(article.date, lang) })}</time>
          {showUpdated && article.updated ? <time dateTime={article.updated}>{t('updated', { date: formatDateTime(article.updated, lang) })}</time> : null}
          <span data-testid="reading-time">{t('readingTime', { count: article.readingMinutes })}</span>
        </p>
        {children}
      </div>
      {article.lead ? <p className={styles.lead}>{article.lead}</p> : null}
    </header>
  );
}
