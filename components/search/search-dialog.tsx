'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchOptions } from '@/components/search/search-options';
import { useActiveOption, useLiveSearch } from '@/components/search/use-live-search';
import { I18nProvider } from '@/lib/i18n/client';
import type { ClientResources } from '@/lib/i18n/client-resources';
import type { Locale } from '@/lib/i18n/settings';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { IntentLink } from '@/components/ui/intent-link';
import styles from './search-dialog.module.css';

interface Props {
  lang: Locale;
  /** From the server: components/search/search-messages.ts. */
  resources: ClientResources;
  resultsPath: string;
  open: boolean;
  initialQuery: string;
  onClose: () => void;
}

/**
 * The search overlay for narrow screens, where the header has room only for the search button:
 * a modal dialog with its own box, results as you type and keyboard navigation.
 */
export function SearchDialog({ resources, ...props }: Props) {
  return (
    <I18nProvider lang={props.lang} resources={resources}>
      <Dialog {...props} />
    </I18nProvider>
  );
}

function Dialog({ lang, resultsPath, open, initialQuery, onClose }: Omit<Props, 'resources'>) {
  const { t } = useTranslation('search');
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState(initialQuery);
  const search = useLiveSearch(lang, query);
  const { active, set: setActive, move } = useActiveOption(search.data);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      input.current?.focus();
      input.current?.select();
    } else if (!open && el.open) {
      el.close();
    }
  }, [open]);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const hits = search.data?.hits ?? [];
  const allResults = `${resultsPath}?${new URLSearchParams({ q: search.query })}`;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const go = (url: string) => {
    onClose();
    router.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      // A search input would swallow the first Esc to clear itself; Esc closes the overlay at once.
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) go(hit.url);
      else if (search.query) go(allResults);
    }
  };

  // A click on the backdrop lands on the <dialog> element itself.
  const onDialogClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) onClose();
  };

  let statusText = '';
  if (search.error) statusText = t('overlay.error');
  else if (search.loading && !search.data) statusText = t('overlay.loading');
  else if (search.data && !search.loading) statusText = t('overlay.results', { count: search.data.total });

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-label={t('overlay.dialogLabel')}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={onDialogClick}
    >
      <div className={styles.panel}>
        <form role="search" action={resultsPath} method="get" className={styles.bar} onSubmit={(e) => e.preventDefault()}>
          <input
            ref={input}
            className={styles.input}
            type="search"
            name="q"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKeyDown}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t('form.placeholder')}
            aria-label={t('form.label')}
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={hits.length > 0 ? listId : undefined}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 && hits[active] ? optionId(active) : undefined}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="button" className={styles.close} onClick={onClose}>
            {t('overlay.close')}
          </button>
        </form>
        <p className={styles.status} role="status" aria-live="polite">
          {statusText}
        </p>
        {hits.length > 0 && (
          <SearchOptions id={listId} label={t('overlay.dialogLabel')} hits={hits} active={active} optionId={optionId} onChoose={(hit) => go(hit.url)} onHover={setActive} />
        )}
        <div className={styles.footer}>
          <span className={styles.hint}>{t('overlay.hint')}</span>
          {search.data && search.data.total > 0 && (
            <IntentLink href={allResults} className={styles.all} onClick={onClose}>
              {t('overlay.showAll')}
            </IntentLink>
          )}
        </div>
      </div>
    </dialog>
  );
}
