import { IntentLink } from '@/components/ui/intent-link';
import { ResponsiveImage } from '@/components/ui/responsive-image';
import { getCategory, type ArticleMeta } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { formatArticleDate } from '@/components/listing/format-date';
import { formatDateTime } from '@/lib/format';
import styles from './article-card.module.css';
import { headline } from '@/lib/typography';

export interface ArticleCardProps {
  article: ArticleMeta;
  lang: Locale;
  /** Level that fits the surrounding outline: 2 directly under the page h1, 3 under a section h2. */
  headingLevel?: 2 | 3 | 4;
  showImage?: boolean;
  /**
   * "compact" drops image and teaser (sidebars); "tile" becomes a thumbnail row on phones (home
   * category rows); "row" keeps a thumbnail beside the text everywhere (archive); "lead" is the
   * large home story.
   */
  variant?: 'default' | 'compact' | 'tile' | 'row' | 'lead';
  /** Off where the category is already the page's subject. */
  showCategory?: boolean;
  /**
   * The cover is the page's largest paint: preloaded from the head at high priority. Every other
   * cover loads lazily; an eager one would get a preload from React too and compete with it.
   */
  lcpImage?: boolean;
}

/** Teaser card for an article: cover, category, linked title, teaser, date and reading time. */
export function ArticleCard({ article, lang, headingLevel = 3, showImage = true, variant = 'default', lcpImage = false, showCategory = true }: ArticleCardProps) {
  const t = getT(lang, 'pages');
  const Heading = `h${headingLevel}` as const;
  const category = showCategory ? getCategory(article.category) : undefined;
  const href = routes.article(lang, article.slug);
  const withImage = showImage && variant !== 'compact' && article.cover;
  return (
    <article className={[styles.card, styles[variant]].filter(Boolean).join(' ')} data-testid="article-card">
      {withImage && article.cover ? (
        <div className={styles.media}>
          <ResponsiveImage
            src={article.cover.src}
            alt={article.cover.alt}
            width={article.cover.width}
            height={article.cover.height}
            sizes={variant === 'lead' ? '(min-width: 75rem) 32rem, (min-width: 48rem) 55vw, 100vw' : variant === 'tile' ? '(min-width: 64rem) 16rem, (min-width: 40rem) 30vw, 6rem' : variant === 'row' ? '(min-width: 40rem) 12rem, 6rem' : '(min-width: 64rem) 16rem, (min-width: 40rem) 45vw, 100vw'}
            preloadImage={lcpImage}
            className={styles.image}
          />
        </div>
      ) : null}
      <div className={styles.body}>
        {/* Only where drafts and scheduled articles are listed at all (`next dev`, preview): the
            content model evaluates `status` against the current time, so a public card has none. */}
        {article.status !== 'published' ? (
          <p className={styles.status} role="note" data-testid="status-marker">
            {article.status === 'scheduled' ? getT(lang, 'article')('status.scheduled', { date: formatDateTime(article.date, lang) }) : getT(lang, 'article')('status.draft')}
          </p>
        ) : null}
        {category ? (
          <p className={styles.category}>
            <IntentLink href={routes.category(lang, category.slug)} className={styles.categoryLink}>
              {category.name[lang]}
            </IntentLink>
          </p>
        ) : null}
        <Heading className={styles.title}>
          <IntentLink href={href} className={styles.titleLink}>
            {headline(article.title)}
          </IntentLink>
        </Heading>
        {variant !== 'compact' ? <p className={styles.teaser}>{article.description}</p> : null}
        <p className={styles.meta}>
          <time dateTime={article.date}>{formatArticleDate(article.date, lang)}</time>
          <span>{t('card.readingTime', { count: article.readingMinutes })}</span>
        </p>
      </div>
    </article>
  );
}
