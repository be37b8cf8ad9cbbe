'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/settings';

export interface SearchDialogLabels {
  dialog: string;
  input: string;
  placeholder: string;
  close: string;
  loading: string;
  error: string;
  hint: string;
  showAll: string;
}

// The overlay's code is fetched on first open only, so pages carry no search weight up front.
const SearchDialog = dynamic(() => import('@/components/search/search-dialog').then((m) => m.SearchDialog), { ssr: false });

interface Props {
  lang: Locale;
  labels: SearchDialogLabels;
  resultsPath: string;
  className?: string;
  children: ReactNode;
}

/** Upgrades the header's search form (its children) to the overlay once JavaScript runs. */
export function SearchOpener({ lang, labels, resultsPath, className, children }: Props) {
  const [state, setState] = useState<{ open: boolean; query: string; opened: number } | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    root.current?.querySelector('button[type="submit"]')?.setAttribute('aria-haspopup', 'dialog');
  }, []);

  // Runs after the dialog's own effect has closed it, so the browser's focus restore cannot win.
  useEffect(() => {
    if (state && !state.open) trigger.current?.focus();
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLDivElement>) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    const input = form.elements.namedItem('q');
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    trigger.current = submitter ?? form.querySelector('button');
    setState((s) => ({ open: true, query: input instanceof HTMLInputElement ? input.value : '', opened: (s?.opened ?? 0) + 1 }));
  };
  const onClose = useCallback(() => setState((s) => (s ? { ...s, open: false } : s)), []);

  return (
    <div ref={root} className={className} onSubmit={onSubmit}>
      {children}
      {state && <SearchDialog key={state.opened} lang={lang} labels={labels} resultsPath={resultsPath} open={state.open} initialQuery={state.query} onClose={onClose} />}
    </div>
  );
}
