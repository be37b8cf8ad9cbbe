import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/settings';
import type { SearchApiResponse } from '@/lib/search/types';

/** Pause after the last keystroke before asking the server: one request per word, not per letter. */
export const DEBOUNCE_MS = 180;

export interface LiveSearch {
  /** The query as sent (trimmed); '' when there is nothing to search for. */
  query: string;
  /** The newest answer; kept while the next one loads so the list does not flicker while typing. */
  data: SearchApiResponse | null;
  /** True from a change of the query until its answer (or failure) arrives. */
  loading: boolean;
  error: boolean;
}

interface Answer {
  query: string;
  data: SearchApiResponse | null;
  error: boolean;
}

/** Results from /api/search for what the reader is typing, after a short pause. */
export function useLiveSearch(lang: Locale, query: string): LiveSearch {
  const trimmed = query.trim();
  const [answer, setAnswer] = useState<Answer>({ query: '', data: null, error: false });

  useEffect(() => {
    if (!trimmed) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search?${new URLSearchParams({ lang, q: trimmed })}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<SearchApiResponse>) : Promise.reject(new Error(String(r.status)))))
        .then((data) => setAnswer({ query: trimmed, data, error: false }))
        .catch(() => {
          if (!controller.signal.aborted) setAnswer((a) => ({ query: trimmed, data: a.data, error: true }));
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, lang]);

  if (!trimmed) return { query: '', data: null, loading: false, error: false };
  const current = answer.query === trimmed;
  return { query: trimmed, data: answer.error && current ? null : answer.data, loading: !current, error: current && answer.error };
}

/**
 * The highlighted option of a result list: -1 is the search box itself. A new answer resets it,
 * so the highlight can never point at a result that is no longer shown.
 */
export function useActiveOption(data: SearchApiResponse | null) {
  const [state, setState] = useState<{ data: SearchApiResponse | null; index: number }>({ data: null, index: -1 });
  const active = state.data === data ? state.index : -1;
  const count = data?.hits.length ?? 0;
  const set = (index: number) => setState({ data, index });
  // Cycles through -1 and the options, in both directions.
  const move = (step: 1 | -1) => set(((active + 1 + step + count + 1) % (count + 1)) - 1);
  return { active, set, move };
}
