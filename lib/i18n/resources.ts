import deCommon from '@/locales/de/common.json';
import deArticle from '@/locales/de/article.json';
import dePages from '@/locales/de/pages.json';
import deLegal from '@/locales/de/legal.json';
import deSearch from '@/locales/de/search.json';
import deConsulting from '@/locales/de/consulting.json';
import enCommon from '@/locales/en/common.json';
import enArticle from '@/locales/en/article.json';
import enPages from '@/locales/en/pages.json';
import enLegal from '@/locales/en/legal.json';
import enSearch from '@/locales/en/search.json';
import enConsulting from '@/locales/en/consulting.json';

/** All translations, bundled statically (the site is small; no backend loader needed). */
export const resources = {
  de: { common: deCommon, article: deArticle, pages: dePages, legal: deLegal, search: deSearch, consulting: deConsulting },
  en: { common: enCommon, article: enArticle, pages: enPages, legal: enLegal, search: enSearch, consulting: enConsulting },
} as const;

export const namespaces = Object.keys(resources.de) as (keyof (typeof resources)['de'])[];
export type Namespace = (typeof namespaces)[number];
