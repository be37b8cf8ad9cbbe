import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resetContentIndex } from '@/lib/content';
import { pngImage } from '../content/helpers';

export const SITE = 'https://news.example.com';

interface FixtureArticle {
  lang: 'de' | 'en';
  slug: string;
  title: string;
  date: string;
  updated?: string;
  authors: string[];
  category: string;
  tags: string[];
  translationKey: string;
  draft?: boolean;
  cover?: boolean;
  source?: boolean;
  body?: string;
}

function articleFile(a: FixtureArticle): string {
  const lines = [
    '---',
    `title: "${a.title}"`,
    `description: "Eine Testmeldung für die SEO-Tests, lang genug für die Meta-Beschreibung der Seite."`,
    `lead: "Der Vorspann von ${a.title} <mit Sonderzeichen & Co.>"`,
    `date: "${a.date}"`,
    ...(a.updated ? [`updated: "${a.updated}"`] : []),
    `authors: [${a.authors.join(', ')}]`,
    `category: ${a.category}`,
    `tags: [${a.tags.join(', ')}]`,
    'keyFacts:',
    '  - label: Erster Fakt',
    '    text: Das Wichtigste steht ganz oben.',
    '  - label: Zweiter Fakt',
    '    text: Danach folgt der zweite Punkt.',
    '  - label: Dritter Fakt',
    '    text: Und ein dritter rundet ab.',
    ...(a.source ? ['source:', '  title: "Klarna plans to cut workforce by nearly half with AI"', '  url: "https://example.org/news?id=1&lang=en"'] : []),
    ...(a.cover ? ['cover:', '  src: /images/articles/test-cover.png', '  alt: Ein Testbild', '  width: 1600', '  height: 900'] : []),
    `translationKey: ${a.translationKey}`,
    ...(a.draft ? ['draft: true'] : []),
    '---',
    '',
    a.body ?? '## Hintergrund\n\nDer Text der Meldung mit einem [Link](/de/category/business).\n\n## Fazit\n\nEin kurzes Fazit.',
    '',
  ];
  return lines.join('\n');
}

/** Twelve published German articles, one English translation, a draft and a scheduled piece. */
export const FIXTURE_ARTICLES: FixtureArticle[] = [
  {
    lang: 'de',
    slug: 'klarna-halbiert-belegschaft',
    title: 'Klarna halbiert die Belegschaft mit KI',
    date: '2024-08-28T09:30:00+02:00',
    updated: '2024-08-29T12:00:00+02:00',
    authors: ['oliver-welling', 'lena-hartmann'],
    category: 'business',
    tags: ['Klarna', 'Fintech', 'KünstlicheIntelligenz'],
    translationKey: 'klarna',
    cover: true,
    source: true,
    body: '## Hintergrund\n\nText mit Bild ![Grafik](/images/articles/test-cover.png) und [Link](/de/category/business).\n\n## Fazit\n\nOffen.',
  },
  {
    lang: 'en',
    slug: 'klarna-halves-workforce',
    title: 'Klarna halves its workforce with AI',
    date: '2024-08-28T11:00:00+02:00',
    authors: ['oliver-welling'],
    category: 'business',
    tags: ['Klarna', 'Fintech'],
    translationKey: 'klarna',
  },
  ...Array.from({ length: 11 }, (_, i): FixtureArticle => ({
    lang: 'de',
    slug: `meldung-${i + 2}`,
    title: `Meldung ${i + 2} über KI im Mittelstand`,
    date: `2024-07-${String(10 + i).padStart(2, '0')}T08:00:00+02:00`,
    authors: ['lena-hartmann'],
    category: i % 2 === 0 ? 'business' : 'technologie',
    tags: ['Mittelstand', `Thema${i + 2}`],
    translationKey: `meldung-${i + 2}`,
  })),
  {
    lang: 'de',
    slug: 'entwurf',
    title: 'Ein Entwurf, der nirgends erscheinen darf',
    date: '2024-09-01T08:00:00+02:00',
    authors: ['lena-hartmann'],
    category: 'business',
    tags: ['Entwurf'],
    translationKey: 'entwurf',
    draft: true,
  },
  {
    lang: 'de',
    slug: 'geplant',
    title: 'Ein geplanter Artikel aus der Zukunft',
    date: '2099-01-01T08:00:00+01:00',
    authors: ['lena-hartmann'],
    category: 'business',
    tags: ['Zukunft'],
    translationKey: 'geplant',
  },
];

const AUTHORS: Record<string, string> = {
  'oliver-welling': [
    '---',
    'name: Oliver Welling',
    'role: { de: Chefredakteur, en: Editor-in-Chief }',
    'bio: { de: "Schreibt über KI in Unternehmen.", en: "Writes about AI in business." }',
    'social:',
    '  - network: linkedin',
    '    url: https://www.linkedin.com/in/example',
    '---',
    '',
  ].join('\n'),
  'lena-hartmann': ['---', 'name: Lena Hartmann', 'role: { de: Redakteurin, en: Editor }', 'bio: { de: "Forschung und Technik.", en: "Research and technology." }', '---', ''].join('\n'),
};

const CATEGORIES: Record<string, string> = {
  business: ['---', 'name: { de: Business, en: Business }', 'description: { de: "Wirtschaft und KI.", en: "Business and AI." }', 'order: 1', '---', ''].join('\n'),
  technologie: ['---', 'name: { de: Technologie, en: Technology }', 'description: { de: "Technik hinter KI.", en: "Technology behind AI." }', 'order: 2', '---', ''].join('\n'),
};

/** Writes the fixture corpus to a temp folder and points the content index at it. */
export function useSeoFixture(): { contentDir: string; publicDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seo-content-'));
  const contentDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  for (const a of FIXTURE_ARTICLES) {
    const file = path.join(contentDir, 'articles', a.lang, `${a.slug}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, articleFile(a));
  }
  for (const [slug, text] of Object.entries(AUTHORS)) {
    fs.mkdirSync(path.join(contentDir, 'authors'), { recursive: true });
    fs.writeFileSync(path.join(contentDir, 'authors', `${slug}.md`), text);
  }
  for (const [slug, text] of Object.entries(CATEGORIES)) {
    fs.mkdirSync(path.join(contentDir, 'categories'), { recursive: true });
    fs.writeFileSync(path.join(contentDir, 'categories', `${slug}.md`), text);
  }
  fs.mkdirSync(path.join(publicDir, 'images', 'articles'), { recursive: true });
  // A real image: the loader reads the cover's pixel size from the file.
  fs.writeFileSync(path.join(publicDir, 'images', 'articles', 'test-cover.png'), pngImage(1600, 900));
  process.env.CONTENT_DIR = contentDir;
  process.env.PUBLIC_DIR = publicDir;
  resetContentIndex();
  return { contentDir, publicDir };
}
