import type { ArticleMeta, Author } from '@/lib/content';

/** A complete ArticleMeta for the article and sidebar component tests. */
export function makeMeta(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    lang: 'de',
    slug: 'klarna-halbiert-belegschaft',
    title: 'Klarna halbiert die Belegschaft mit KI',
    description: 'Der Zahlungsdienstleister will mit künstlicher Intelligenz fast die Hälfte seiner Stellen einsparen – ohne Entlassungen.',
    lead: 'Klarna will mit deutlich weniger Menschen auskommen.',
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

export const author: Author = {
  slug: 'oliver-welling',
  name: 'Oliver Welling',
  role: { de: 'Chefredakteur', en: 'Editor-in-Chief' },
  bio: { de: 'Schreibt über KI in Unternehmen.', en: 'Writes about AI in business.' },
  avatar: '/images/authors/oliver-welling.svg',
  social: [
    { network: 'linkedin', url: 'https://www.linkedin.com/in/example' },
    { network: 'xing', url: 'https://www.xing.com/profile/example' },
  ],
};
