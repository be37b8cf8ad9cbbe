'use client';

import { IntentLink } from '@/components/ui/intent-link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { HighlightedText } from '@/components/search/highlighted-text';
import type { SearchDialogLabels } from '@/components/search/search-opener';
import type { Locale } from '@/lib/i18n/settings';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import type { SearchApiResponse } from '@/lib/search/types';
import styles from './search-dialog.module.css';

interface Props {
  lang: Locale;
  labels: SearchDialogLabels;
  resultsPath: string;
  open: boolean;
  initialQuery: string;
  onClose: () => void;
}

type Status = { kind: 'idle' } | { kind: 'loading' } | { kind: 'error' } | { kind: 'done'; data: SearchApiResponse };

const DEBOUNCE_MS = 150;

/** The search overlay: a modal dialog with results as you type and keyboard navigation. */
export function SearchDialog({ lang, labels, resultsPath, open, initialQuery, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [active, setActive] = useState(-1);

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

  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setStatus({ kind: 'loading' });
      const params = new URLSearchParams({ lang, q: trimmed });
      fetch(`/api/search?${params}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<SearchApiResponse>) : Promise.reject(new Error(String(r.status)))))
        .then((data) => {
          setStatus({ kind: 'done', data });
          setActive(-1);
        })
        .catch(() => {
          if (!controller.signal.aborted) setStatus({ kind: 'error' });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, lang]);

  const hits = trimmed && status.kind === 'done' ? status.data.hits : [];
  const allResults = `${resultsPath}?${new URLSearchParams({ q: trimmed })}`;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const go = (url: string) => {
    onClose();
    router.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const n = hits.length;
      // Cycles through -1 (the input itself) and the n options.
      setActive((i) => ((i + 1 + step + n + 1) % (n + 1)) - 1);
    } else if (event.key === 'Escape') {
      // A search input would swallow the first Esc to clear itself; Esc closes the overlay at once.
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) go(hit.url);
      else if (trimmed) go(allResults);
    }
  };

  // A click on the backdrop lands on the <dialog> element itself.
  const onDialogClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) onClose();
  };

  let statusText = '';
  if (trimmed && status.kind === 'loading') statusText = labels.loading;
  else if (trimmed && status.kind === 'error') statusText = labels.error;
  else if (trimmed && status.kind === 'done') statusText = status.data.countText;

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-label={labels.dialog}
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
            placeholder={labels.placeholder}
            aria-label={labels.input}
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={hits.length > 0 ? listId : undefined}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 && hits[active] ? optionId(active) : undefined}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="button" className={styles.close} onClick={onClose}>
            {labels.close}
          </button>
        </form>
        <p className={styles.status} role="status" aria-live="polite">
          {statusText}
        </p>
        {hits.length > 0 && (
          <ul id={listId} role="listbox" aria-label={labels.dialog} className={styles.list}>
            {hits.map((hit, i) => (
              // Options hold no links (nothing interactive inside an option): a click opens the hit.
              <li
                key={hit.url}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={styles.option}
                onClick={() => go(hit.url)}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
              >
                <span className={styles.title}>
                  <HighlightedText segments={hit.title} markClassName={styles.mark} />
                </span>
                <span className={styles.meta}>
                  {hit.category} · <time dateTime={hit.date}>{hit.dateText}</time>
                </span>
                <span className={styles.snippet}>
                  <HighlightedText segments={hit.snippet} markClassName={styles.mark} />
                </span>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.footer}>
          <span className={styles.hint}>{labels.hint}</span>
          {trimmed && status.kind === 'done' && status.data.total > 0 && (
            <IntentLink href={allResults} className={styles.all} onClick={onClose}>
              {labels.showAll}
            </IntentLink>
          )}
        </div>
      </div>
    </dialog>
  );
}
