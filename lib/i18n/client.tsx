'use client';

import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ClientResources } from '@/lib/i18n/client-resources';
import { defaultNS, type Locale } from '@/lib/i18n/settings';

/**
 * An i18next instance for the browser, ready on return: the resources come with the page (picked
 * by the server, lib/i18n/client-resources.ts), so there is nothing to load, no Suspense and the
 * first client render says exactly what the server would have said.
 */
export function createClientI18n(lang: Locale, resources: ClientResources): I18n {
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: resources } as Resource,
    ns: Object.keys(resources),
    defaultNS,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // Everything is there from the start; a missing namespace shows its key instead of suspending.
    react: { useSuspense: false },
  });
  return instance;
}

interface Props {
  lang: Locale;
  resources: ClientResources;
  children: ReactNode;
}

function Provider({ lang, resources, children }: Props) {
  const [i18n] = useState(() => createClientI18n(lang, resources));
  return (
    <I18nextProvider i18n={i18n} defaultNS={defaultNS}>
      {children}
    </I18nextProvider>
  );
}

/**
 * Gives the client components below it `useTranslation()`. It sits inside each lazily loaded
 * text-bearing island (search panel and overlay, copy-link button, language notice), never in the
 * layout: i18next and react-i18next (~18 KB gzip) then stay out of every page's first-load
 * JavaScript and arrive only with the island that needs them.
 */
export function I18nProvider(props: Props) {
  // A new language is a new instance (the layout may survive a switch between /de and /en).
  return <Provider key={props.lang} {...props} />;
}
