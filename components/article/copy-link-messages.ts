import type { MessageSelection } from '@/lib/i18n/client-resources';

/** The translations the copy-link button uses in the browser (read by the server: share-links.tsx). */
export const copyLinkMessages = {
  article: ['share.copy', 'share.copied', 'share.copyFailed'],
} as const satisfies MessageSelection;
