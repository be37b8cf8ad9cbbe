import { searchMessages } from '@/components/search/search-messages';
import { SearchOpener } from '@/components/search/search-opener';
import { pickMessages } from '@/lib/i18n/client-resources';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import styles from './header-search.module.css';

/**
 * The header's search: a plain GET form to the results page, which works without JavaScript.
 * With JavaScript the opener shows results under the box as the reader types (wide screens) or
 * opens the overlay from the button (phones).
 */
export async function HeaderSearch({ lang }: { lang: Locale }) {
  const t = getT(lang, 'search');
  const inputId = `header-search-${lang}`;
  return (
    <SearchOpener lang={lang} resources={pickMessages(lang, searchMessages)} resultsPath={routes.search(lang)} inputId={inputId} className={styles.root}>
      <form role="search" action={routes.search(lang)} method="get" className={styles.form}>
        <label htmlFor={inputId} className={styles.label}>
          {t('form.label')}
        </label>
        <input
          id={inputId}
          className={styles.input}
          type="search"
          name="q"
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t('form.placeholder')}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className={styles.button} aria-label={t('form.submit')}>
          <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" />
          </svg>
        </button>
      </form>
    </SearchOpener>
  );
}
