import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetContentIndex } from '@/lib/content';
import nextConfig from '@/next.config';
import { canonicalPathFor, canonicalRedirect } from '@/lib/routing/redirects';

// The shape of content/categories/: one category without English slug, three with one.
const CATEGORIES = [
  { slug: 'business' },
  { slug: 'forschung', slugs: { en: 'research' } },
  { slug: 'politik', slugs: { en: 'policy' } },
  { slug: 'technologie', slugs: { en: 'technology' } },
];

const to = (path: string) => canonicalPathFor(path, CATEGORIES);

describe('canonicalPathFor', () => {
  it('leaves canonical addresses alone (undefined: nothing to redirect)', () => {
    for (const path of [
      '/de',
      '/en',
      '/de/archive',
      '/de/archive/2',
      '/de/category/forschung',
      '/de/category/forschung/2',
      '/de/category/forschung/feed.xml',
      '/en/category/research',
      '/en/category/research/3',
      '/en/category/research/atom.xml',
      '/en/category/business',
      '/de/tag/klarna',
      '/de/tag/kuenstlicheintelligenz/2',
      '/de/impressum',
      '/de/datenschutz',
      '/en/legal-notice',
      '/en/privacy',
      '/de/articles/klarna-halbiert-belegschaft',
      '/en/search',
      '/de/consulting',
    ]) {
      expect(to(path), path).toBeUndefined();
    }
  });

  it('sends the legal pages under the other language’s name to this language’s name', () => {
    expect(to('/en/impressum')).toBe('/en/legal-notice');
    expect(to('/en/datenschutz')).toBe('/en/privacy');
    expect(to('/de/legal-notice')).toBe('/de/impressum');
    expect(to('/de/privacy')).toBe('/de/datenschutz');
    expect(to('/en/impressum/')).toBe('/en/legal-notice');
    expect(to('/en/impressum/x')).toBeUndefined();
  });

  it('sends a category under an old or other-language slug to its slug in the page language', () => {
    expect(to('/en/category/forschung')).toBe('/en/category/research');
    expect(to('/en/category/politik')).toBe('/en/category/policy');
    expect(to('/en/category/technologie')).toBe('/en/category/technology');
    expect(to('/de/category/research')).toBe('/de/category/forschung');
    expect(to('/de/category/technology')).toBe('/de/category/technologie');
  });

  it('keeps numbered pages and feeds of a renamed category, and drops page 1', () => {
    expect(to('/en/category/forschung/2')).toBe('/en/category/research/2');
    expect(to('/en/category/forschung/feed.xml')).toBe('/en/category/research/feed.xml');
    expect(to('/en/category/forschung/atom.xml')).toBe('/en/category/research/atom.xml');
    expect(to('/en/category/forschung/1')).toBe('/en/category/research');
    expect(to('/en/category/research/1')).toBe('/en/category/research');
    expect(to('/de/category/business/1')).toBe('/de/category/business');
  });

  it('folds the case of a category slug and answers nothing for unknown categories or extra segments', () => {
    expect(to('/en/category/Research')).toBe('/en/category/research');
    expect(to('/en/category/FORSCHUNG')).toBe('/en/category/research');
    expect(to('/en/category/unknown')).toBeUndefined();
    expect(to('/en/category/unknown/1')).toBeUndefined();
    expect(to('/en/category/forschung/2/3')).toBeUndefined();
    expect(to('/en/category/forschung/rss.xml/x')).toBeUndefined();
  });

  it('sends hashtags in another case, with umlauts or percent-encoded to the canonical hashtag address', () => {
    expect(to('/de/tag/Klarna')).toBe('/de/tag/klarna');
    expect(to('/de/tag/KLARNA')).toBe('/de/tag/klarna');
    expect(to('/de/tag/künstlicheintelligenz')).toBe('/de/tag/kuenstlicheintelligenz');
    expect(to('/de/tag/KünstlicheIntelligenz')).toBe('/de/tag/kuenstlicheintelligenz');
    expect(to('/de/tag/k%C3%BCnstlicheintelligenz')).toBe('/de/tag/kuenstlicheintelligenz');
    expect(to('/de/tag/K%C3%BCnstlicheIntelligenz')).toBe('/de/tag/kuenstlicheintelligenz');
    // The same umlaut written as u + combining diaeresis (NFD), as some systems send it.
    expect(to('/de/tag/ku%CC%88nstlicheintelligenz')).toBe('/de/tag/kuenstlicheintelligenz');
    expect(to('/de/tag/%4Blarna')).toBe('/de/tag/klarna');
    expect(to('/en/tag/OpenAI/2')).toBe('/en/tag/openai/2');
    expect(to('/de/tag/Klarna/1')).toBe('/de/tag/klarna');
    expect(to('/de/tag/klarna/1')).toBe('/de/tag/klarna');
    expect(to('/de/tag/Klarna/')).toBe('/de/tag/klarna');
  });

  it('answers nothing for hashtags without letters or digits, undecodable escapes and extra segments', () => {
    expect(to('/de/tag/%21%21')).toBeUndefined();
    expect(to('/de/tag/%E0%A4%A')).toBeUndefined();
    expect(to('/de/tag/Klarna/2/3')).toBeUndefined();
    expect(to('/de/tag/Klarna/x/y')).toBeUndefined();
  });

  it('drops page 1 of the archive', () => {
    expect(to('/de/archive/1')).toBe('/de/archive');
    expect(to('/en/archive/1')).toBe('/en/archive');
    expect(to('/de/archive/01')).toBe('/de/archive');
    expect(to('/de/archive/1/')).toBe('/de/archive');
    expect(to('/de/archive/10')).toBeUndefined();
    expect(to('/de/archive/2/3')).toBeUndefined();
  });

  it('lower-cases a capitalised language prefix in the same hop', () => {
    expect(to('/DE/tag/Klarna')).toBe('/de/tag/klarna');
    expect(to('/EN/impressum')).toBe('/en/legal-notice');
    expect(to('/En/category/forschung/1')).toBe('/en/category/research');
    expect(to('/DE/articles/x')).toBe('/de/articles/x');
  });

  it('answers nothing for paths outside the two editions or of an odd shape', () => {
    for (const path of ['', '/', 'de/tag/Klarna', '/fr/tag/Klarna', '/deutsch/archive/1', '/de//tag/Klarna', '/de/tag//Klarna', '/api/search', '/_next/static/x.js']) {
      expect(to(path), path).toBeUndefined();
    }
  });

  it('needs exactly one hop: every answer is itself canonical', () => {
    for (const path of ['/EN/category/FORSCHUNG/1', '/de/tag/K%C3%BCnstlicheIntelligenz/1/', '/en/datenschutz', '/de/category/research/feed.xml']) {
      const target = to(path);
      expect(target, path).toBeDefined();
      expect(to(target!), target).toBeUndefined();
    }
  });
});

describe('canonicalRedirect (the site’s own categories from content/)', () => {
  beforeAll(() => resetContentIndex());
  afterAll(() => resetContentIndex());

  it('reads the English category slugs from content/categories/', () => {
    expect(canonicalRedirect('/en/category/forschung')).toBe('/en/category/research');
    expect(canonicalRedirect('/de/category/research')).toBe('/de/category/forschung');
    expect(canonicalRedirect('/en/category/research')).toBeUndefined();
    expect(canonicalRedirect('/de/tag/Klarna')).toBe('/de/tag/klarna');
    expect(canonicalRedirect('/en/impressum')).toBe('/en/legal-notice');
  });
});

describe('next.config.ts redirects (the legal pages, answered before rendering)', () => {
  it('agree with canonicalRedirect, are permanent (308) and cover every legal page name in the other language', async () => {
    const rules = (await nextConfig.redirects?.()) ?? [];
    expect(rules.length).toBe(4);
    for (const rule of rules) {
      expect(rule.permanent, rule.source).toBe(true);
      expect(to(rule.source), rule.source).toBe(rule.destination);
    }
    for (const path of ['/en/impressum', '/en/datenschutz', '/de/legal-notice', '/de/privacy']) {
      expect(rules.map((r) => r.source)).toContain(path);
    }
  });
});
