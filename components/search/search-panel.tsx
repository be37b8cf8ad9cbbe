'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useEffect, useEffectEvent, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchOptions } from '@/components/search/search-options';
import { useActiveOption, useLiveSearch } from '@/components/search/use-live-search';
import { IntentLink } from '@/components/ui/intent-link';
import { I18nProvider } from '@/lib/i18n/client';
import type { ClientResources } from '@/lib/i18n/client-resources';
import type { Locale } from '@/lib/i18n/settings';
import styles from './search-panel.module.css';

interface Props {
  lang: Locale;
  /** From the server: components/search/search-messages.ts. */
  resources: ClientResources;
  resultsPath: string;
  /** The header's search box (server-rendered, so it works without JavaScript). */
  inputId: string;
}

/**
 * Results under the header's search box while the reader types (ARIA combobox with a listbox).
 * The box stays the one the server rendered: its text and caret are never touched; this
 * component listens to it and keeps its ARIA state, and draws the panel below it.
 */
export function SearchPanel({ resources, ...props }: Props) {
  return (
    <I18nProvider lang={props.lang} resources={resources}>
      <Panel {...props} />
    </I18nProvider>
  );
}

const box = (id: string) => {
  const el = document.getElementById(id);
  return el instanceof HTMLInputElement ? el : null;
};

function Panel({ lang, resultsPath, inputId }: Omit<Props, 'resources'>) {
  const { t } = useTranslation('search');
  const router = useRouter();
  const pathname = usePathname();
  const listId = useId();
  const panel = useRef<HTMLDivElement>(null);
  // The box's text is the one source of the query (the reader may have typed before this loaded).
  const subscribe = useCallback(
    (onChange: () => void) => {
      const el = box(inputId);
      el?.addEventListener('input', onChange);
      return () => el?.removeEventListener('input', onChange);
    },
    [inputId],
  );
  const query = useSyncExternalStore(subscribe, () => box(inputId)?.value ?? '', () => '');
  const [open, setOpen] = useState(true);
  const search = useLiveSearch(lang, query);
  const { active, set: setActive, move } = useActiveOption(search.data);
  const hits = search.data?.hits ?? [];
  const expanded = open && search.query !== '' && (search.data !== null || search.error);
  const optionId = (i: number) => `${listId}-option-${i}`;
  const allResults = `${resultsPath}?${new URLSearchParams({ q: search.query })}`;

  // A followed link (or the back button) leaves the panel closed on the new page.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  const go = (url: string) => {
    setOpen(false);
    router.push(url);
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!expanded || hits.length === 0) {
        if (search.data) setOpen(true);
        return;
      }
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape' && expanded) {
      // First Esc closes the panel; a second one lets the box clear itself, as search boxes do.
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Enter') {
      // Takes over the form's submit: the chosen result, else the results page, without a reload.
      event.preventDefault();
      const hit = expanded ? hits[active] : undefined;
      if (hit) go(hit.url);
      else if (search.query) go(allResults);
    }
  });

  useEffect(() => {
    const el = box(inputId);
    if (!el) return;
    const input = () => setOpen(true);
    const keydown = (event: KeyboardEvent) => onKeyDown(event);
    const focus = () => setOpen(true);
    // Closes when focus leaves the box, except into the panel (its "all results" link).
    const blur = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && panel.current?.contains(event.relatedTarget))) setOpen(false);
    };
    el.addEventListener('input', input);
    el.addEventListener('keydown', keydown);
    el.addEventListener('focus', focus);
    el.addEventListener('blur', blur);
    return () => {
      el.removeEventListener('input', input);
      el.removeEventListener('keydown', keydown);
      el.removeEventListener('focus', focus);
      el.removeEventListener('blur', blur);
    };
  }, [inputId]);

  // The box is a server-rendered element: its combobox state is kept here, as attributes.
  const activeId = expanded && hits[active] ? optionId(active) : '';
  const controls = expanded && hits.length > 0 ? listId : '';
  useEffect(() => {
    const el = box(inputId);
    if (!el) return;
    el.setAttribute('aria-expanded', String(controls !== ''));
    for (const [name, value] of [
      ['aria-controls', controls],
      ['aria-activedescendant', activeId],
    ] as const) {
      if (value) el.setAttribute(name, value);
      else el.removeAttribute(name);
    }
  }, [inputId, controls, activeId]);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  // Focus moving elsewhere on the page (a click outside) closes the panel; so does a tap outside.
  useEffect(() => {
    if (!expanded) return;
    const outside = (event: PointerEvent) => {
      const target = event.target;
      if (target instanceof Node && !panel.current?.contains(target) && target !== box(inputId)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [expanded, inputId]);

  // Said once per answer, not while typing: the count (with its plural form) or the failure.
  let announcement = '';
  if (search.error) announcement = t('overlay.error');
  else if (search.data && !search.loading) announcement = t('overlay.results', { count: search.data.total });

  return (
    <>
      <p role="status" className="visually-hidden" data-testid="search-live">
        {open ? announcement : ''}
      </p>
      <div ref={panel} className={styles.panel} hidden={!expanded} data-testid="search-panel">
        {search.error && (
          <p className={styles.count} aria-hidden="true">
            {t('overlay.error')}
          </p>
        )}
        {search.data && (
          <>
            <p className={styles.count} aria-hidden="true">
              {t('overlay.results', { count: search.data.total })}
            </p>
            {hits.length > 0 && (
              <SearchOptions id={listId} label={t('overlay.dialogLabel')} hits={hits} active={active} optionId={optionId} onChoose={(hit) => go(hit.url)} onHover={setActive} />
            )}
            <div className={styles.footer}>
              <span className={styles.hint}>{t('overlay.hint')}</span>
              {search.data.total > 0 && (
                <IntentLink href={allResults} className={styles.all} onClick={() => setOpen(false)}>
                  {t('overlay.showAll')}
                </IntentLink>
              )}
            </div>
          </>
        )}
      </div>
    </>
  );
}
