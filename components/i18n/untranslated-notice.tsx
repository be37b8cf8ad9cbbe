'use client';

import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';
import type { ClientResources } from '@/lib/i18n/client-resources';
import type { Locale } from '@/lib/i18n/settings';

// Loaded (with i18next) only on the rare page view that shows the notice.
const UntranslatedNoticeMessage = dynamic(() => import('@/components/i18n/untranslated-notice-message').then((m) => m.UntranslatedNoticeMessage), {
  ssr: false,
});

/**
 * Shown on a home page reached from an article that has no translation (?notice=untranslated).
 * Reads the query in the browser so the page itself stays static.
 */
export function UntranslatedNotice({ lang, resources }: { lang: Locale; resources: ClientResources }) {
  const params = useSearchParams();
  if (params.get('notice') !== 'untranslated') return null;
  return <UntranslatedNoticeMessage lang={lang} resources={resources} />;
}
