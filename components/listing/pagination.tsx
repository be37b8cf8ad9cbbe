import { IntentLink } from '@/components/ui/intent-link';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import styles from './pagination.module.css';

export interface PaginationProps {
  lang: Locale;
  page: number;
  pageCount: number;
  /** Path of a page number, e.g. `(n) => routes.category(lang, slug, n)`. */
  hrefFor: (page: number) => string;
}

type Slot = number | 'gap';

/** Page numbers to show: first, last, and a window of one around the current page. */
export function pageSlots(page: number, pageCount: number): Slot[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1]);
  const numbers = [...wanted].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const slots: Slot[] = [];
  let previous = 0;
  for (const n of numbers) {
    // A gap of exactly one page shows that page instead of an ellipsis that hides nothing.
    if (n - previous === 2) slots.push(n - 1);
    else if (n - previous > 2) slots.push('gap');
    slots.push(n);
    previous = n;
  }
  return slots;
}

/** Previous/next and numbered links; renders nothing when everything fits on one page. */
export function Pagination({ lang, page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  const t = getT(lang, 'pages');
  return (
    <nav className={styles.nav} aria-label={t('pagination.label')}>
      {/* React hoists these into <head>: the series' neighbours for crawlers and browsers. */}
      {page > 1 ? <link rel="prev" href={hrefFor(page - 1)} /> : null}
      {page < pageCount ? <link rel="next" href={hrefFor(page + 1)} /> : null}
      <p className="visually-hidden">
        {t('pagination.pageOf', { page, count: pageCount })}
      </p>
      <ul className={styles.list}>
        <li className={styles.edge}>
          {page > 1 ? (
            <IntentLink href={hrefFor(page - 1)} rel="prev" className={styles.step}>
              <span aria-hidden="true">←</span> {t('pagination.previous')}
            </IntentLink>
          ) : null}
        </li>
        {pageSlots(page, pageCount).map((slot, i) =>
          slot === 'gap' ? (
            <li key={`gap-${i}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={slot}>
              <IntentLink
                href={hrefFor(slot)}
                className={styles.number}
                aria-current={slot === page ? 'page' : undefined}
                aria-label={t('pagination.page', { page: slot })}
                {...(slot === page - 1 ? { rel: 'prev' } : slot === page + 1 ? { rel: 'next' } : {})}
              >
                {slot}
              </IntentLink>
            </li>
          ),
        )}
        <li className={styles.edge}>
          {page < pageCount ? (
            <IntentLink href={hrefFor(page + 1)} rel="next" className={styles.step}>
              {t('pagination.next')} <span aria-hidden="true">→</span>
            </IntentLink>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
