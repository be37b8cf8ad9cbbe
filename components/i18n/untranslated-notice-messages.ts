import type { MessageSelection } from '@/lib/i18n/client-resources';

/** The translation the untranslated-page notice uses in the browser (read by site-document.tsx). */
export const untranslatedNoticeMessages = {
  common: ['language.untranslatedNotice'],
} as const satisfies MessageSelection;
