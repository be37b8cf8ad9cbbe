import { createInstance, type i18n, type TFunction } from 'i18next';
import { resources, namespaces, type Namespace } from '@/lib/i18n/resources';
import { defaultNS, type Locale } from '@/lib/i18n/settings';

// One instance per language and process, created synchronously from bundled resources on first
// use. It is never switched to another language, so sharing it is safe; React's cache() would
// not memoise in route handlers (no render scope), where it cost a new instance per request. The
// language always comes from the route, never from headers(), so pages stay static.
const instances = new Map<Locale, i18n>();

function getInstance(lang: Locale): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createInstance();
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
    instances.set(lang, instance);
  }
  return instance;
}

/** Translation function fixed to a language and namespace, for server components. */
export function getT<N extends Namespace = 'common'>(lang: Locale, ns?: N): TFunction<N> {
  return getInstance(lang).getFixedT(lang, (ns ?? defaultNS) as N);
}
