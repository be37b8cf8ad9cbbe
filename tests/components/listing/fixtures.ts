import type { ArticleMeta } from '@/lib/content';

/** A complete ArticleMeta for component tests; override what a test is about. */
export function makeArticle(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    lang: 'de',
    slug: 'klarna-halbiert-belegschaft',
    title: 'Klarna halbiert die Belegschaft mit KI',
    description: 'Der Zahlungsdienstleister will mit künstlicher Intelligenz fast die Hälfte seiner Stellen einsparen – ohne Entlassungen.',
    date: '2024-08-28T09:30:00+02:00',
    authors: ['oliver-welling'],
    category: 'business',
    tags: [{ label: 'Klarna', slug: 'klarna' }],
    keyFacts: [],
    translationKey: 'klarna-workforce',
    draft: false,
    featured: false,
    readingMinutes: 4,
    wordCount: 820,
    status: 'published',
    file: 'articles/de/klarna-halbiert-belegschaft.md',
    ...overrides,
  };
}
