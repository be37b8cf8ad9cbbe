import 'i18next';
import type { resources } from '@/lib/i18n/resources';

// German is the reference language: a key missing there, or misspelled anywhere, is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['de'];
  }
}
