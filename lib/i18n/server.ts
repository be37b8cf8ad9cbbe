import { createInstance, type TFunction } from 'i18next';
import { cache } from 'react';
import { resources, namespaces, type Namespace } from '@/lib/i18n/resources';
import { defaultNS, type Locale } from '@/lib/i18n/settings';

// One instance per language and request (React cache), created synchronously from bundled resources.
// The language always comes from the route, never from headers(), so pages stay static.
const getInstance = cache((lang: Locale) => {
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources,
    ns: namespaces,
    defaultNS,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
});

/** Translation function fixed to a language and namespace, for server components. */
export function getT<N extends Namespace = 'common'>(lang: Locale, ns?: N): TFunction<N> {
  return getInstance(lang).getFixedT(lang, (ns ?? defaultNS) as N);
}
