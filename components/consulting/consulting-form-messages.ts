import type { MessageSelection } from '@/lib/i18n/client-resources';

/**
 * The translations the consulting form needs in the browser: the texts that depend on what the
 * reader does (field errors, notices, the button while sending, the confirmation). A plain module,
 * not a client one, so the server (consulting-form-section.tsx) can read it and send only these.
 */
export const consultingFormMessages = {
  consulting: ['errors', 'sent.title', 'sent.text', 'form.sending', 'form.submit'],
} as const satisfies MessageSelection;
