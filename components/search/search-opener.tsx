'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ClientResources } from '@/lib/i18n/client-resources';
import type { Locale } from '@/lib/i18n/settings';

// Both are fetched when first needed (focus on the box, a tap on the button), with i18next: no
// page carries their weight, or the translation library's, in its first-load JavaScript.
const SearchPanel = dynamic(() => import('@/components/search/search-panel').then((m) => m.SearchPanel), { ssr: false });
const SearchDialog = dynamic(() => import('@/components/search/search-dialog').then((m) => m.SearchDialog), { ssr: false });

interface Props {
  lang: Locale;
  resources: ClientResources;
  resultsPath: string;
  /** id of the header form's search box. */
  inputId: string;
  className?: string;
  children: ReactNode;
}

/** The box is shown (wide screens); on phones the header has only the button. */
const isShown = (el: Element) => el.getClientRects().length > 0;

/**
 * Upgrades the header's search form (its children, a plain GET form) once JavaScript runs: where
 * the box is shown, results appear under it as the reader types (SearchPanel); where only the
 * button is, the button opens the search overlay (SearchDialog).
 */
export function SearchOpener({ lang, resources, resultsPath, inputId, className, children }: Props) {
  const router = useRouter();
  const [panel, setPanel] = useState(false);
  const [dialog, setDialog] = useState<{ open: boolean; query: string; opened: number } | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!input) return;
    // A combobox from now on; SearchPanel keeps aria-expanded and the rest up to date.
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    const button = root.current?.querySelector('button[type="submit"]');
    const narrow = window.matchMedia('(max-width: 40rem)');
    const mark = () => (narrow.matches ? button?.setAttribute('aria-haspopup', 'dialog') : button?.removeAttribute('aria-haspopup'));
    mark();
    narrow.addEventListener('change', mark);
    return () => narrow.removeEventListener('change', mark);
  }, [inputId]);

  // Runs after the dialog's own effect has closed it, so the browser's focus restore cannot win.
  useEffect(() => {
    if (dialog && !dialog.open) trigger.current?.focus();
  }, [dialog]);

  const onSubmit = (event: FormEvent<HTMLDivElement>) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const input = form.elements.namedItem('q');
    if (!(input instanceof HTMLInputElement)) return;
    event.preventDefault();
    if (isShown(input)) {
      // The button (or Enter before the panel has loaded): the results page, without a reload.
      const q = input.value.trim();
      if (q) router.push(`${resultsPath}?${new URLSearchParams({ q })}`);
      else input.focus();
      return;
    }
    trigger.current = (event.nativeEvent as SubmitEvent).submitter ?? form.querySelector('button');
    setDialog((s) => ({ open: true, query: input.value, opened: (s?.opened ?? 0) + 1 }));
  };
  const onClose = useCallback(() => setDialog((s) => (s ? { ...s, open: false } : s)), []);

  return (
    <div
      ref={root}
      className={className}
      onSubmit={onSubmit}
      // Focus, or typing into a box that was focused before the page hydrated, mounts the panel.
      onFocus={(event) => {
        if (event.target.id === inputId) setPanel(true);
      }}
      onInput={(event) => {
        if (event.target instanceof HTMLElement && event.target.id === inputId) setPanel(true);
      }}
      // A pointer on its way to the box starts fetching the panel's code.
      onPointerEnter={() => void import('@/components/search/search-panel')}
    >
      {children}
      {panel && <SearchPanel lang={lang} resources={resources} resultsPath={resultsPath} inputId={inputId} />}
      {dialog && <SearchDialog key={dialog.opened} lang={lang} resources={resources} resultsPath={resultsPath} open={dialog.open} initialQuery={dialog.query} onClose={onClose} />}
    </div>
  );
}
