import type { MessageSelection } from '@/lib/i18n/client-resources';

/**
 * The translations the search panel and overlay use in the browser. A plain module, not a client
 * one, so that the server (header-search.tsx) can read it and send exactly these to the page.
 */
export const searchMessages = {
  search: ['form.label', 'form.placeholder', 'overlay'],
} as const satisfies MessageSelection;
