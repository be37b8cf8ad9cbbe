import { IntentLink } from '@/components/ui/intent-link';
import { Pagination } from '@/components/listing/pagination';
import { PageHeader } from '@/components/listing/page-header';
import { HighlightedText } from '@/components/search/highlighted-text';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { searchArticles } from '@/lib/search';
import { presentHit, searchHref } from '@/lib/search/present';
import { MAX_QUERY_LENGTH, RESULTS_PER_PAGE, type CleanQuery } from '@/lib/search/query';
import styles from './search-results.module.css';

interface Props {
  lang: Locale;
  query: CleanQuery;
  page: number;
}

/** The results page body: a full search form, status messages, the hits and pagination. */
export async function SearchResults({ lang, query, page }: Props) {
  const t = getT(lang, 'search');
  const { text, truncated } = query;
  let result = text ? await searchArticles(lang, text, { page, perPage: RESULTS_PER_PAGE }) : undefined;
  // A page number past the end (an old link, a hand-edited URL) shows the last page instead.
  if (result && result.total > 0 && result.hits.length === 0) {
    result = await searchArticles(lang, text, { page: result.pageCount, perPage: RESULTS_PER_PAGE });
  }

  return (
    <div className={`container ${styles.page}`}>
      <PageHeader title={t('page.heading')}>
        {/* Named apart from the header's search landmark (axe landmark-unique). */}
        <form role="search" aria-label={t('page.heading')} action={routes.search(lang)} method="get" className={styles.form}>
          <label htmlFor="search-page-q" className={styles.label}>
            {t('form.label')}
          </label>
          <div className={styles.row}>
            <input
              id="search-page-q"
              className={styles.input}
              type="search"
              name="q"
              defaultValue={text}
              maxLength={MAX_QUERY_LENGTH}
              placeholder={t('form.placeholder')}
              autoComplete="off"
              enterKeyHint="search"
            />
            <button type="submit" className={styles.button}>
              {t('form.submit')}
            </button>
          </div>
        </form>
      </PageHeader>

      {truncated && (
        <p className={styles.notice} role="note">
          {t('page.truncated', { max: MAX_QUERY_LENGTH })}
        </p>
      )}

      {!result && <p className={styles.message}>{t('page.empty')}</p>}

      {result && (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" className={styles.heading}>
            {t('page.resultsFor', { query: text })}
          </h2>
          <p className={styles.count} role="status">
            {t('page.count', { count: result.total })}
            {result.pageCount > 1 && ` · ${t('page.pageOf', { page: result.page, pageCount: result.pageCount })}`}
          </p>
          {result.total === 0 ? (
            <div className={styles.message}>
              <p>{t('page.noResults', { query: text })}</p>
              <p>{t('page.noResultsHint')}</p>
            </div>
          ) : (
            <ol className={styles.list} start={(result.page - 1) * RESULTS_PER_PAGE + 1}>
              {result.hits.map((raw) => {
                const hit = presentHit(raw, lang);
                return (
                  <li key={hit.url} className={styles.item}>
                    <article>
                      <h3 className={styles.title}>
                        <IntentLink href={hit.url}>
                          <HighlightedText segments={hit.title} markClassName={styles.mark} />
                        </IntentLink>
                      </h3>
                      <p className={styles.meta}>
                        {hit.category} · <time dateTime={hit.date}>{hit.dateText}</time>
                      </p>
                      <p className={styles.snippet}>
                        <HighlightedText segments={hit.snippet} markClassName={styles.mark} />
                      </p>
                    </article>
                  </li>
                );
              })}
            </ol>
          )}
          <Pagination lang={lang} page={result.page} pageCount={result.pageCount} hrefFor={(n) => searchHref(lang, text, n)} />
        </section>
      )}
    </div>
  );
}
