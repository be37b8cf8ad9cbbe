import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.SITE_URL = 'https://news.example.com';
});

import { resetContentIndex } from '@/lib/content';
import { tagMetadata } from '@/components/listing/tag-view';
import { getPublicPages, isTagIndexable, tagAlternates } from '@/lib/seo/pages';
import { toSitemapFields } from '@/lib/seo/sitemap';
import { SITE, useSeoFixture } from './fixture';

// The shared fixture plus English articles: "Mittelstand" gets two English articles (indexable in
// both languages), "Solo" one (noindex). In German, Mittelstand has eleven, Thema2 one.
function englishArticle(slug: string, tags: string[], day: number): string {
  return [
    '---',
    `title: "English piece ${slug}"`,
    'description: "An English test article for the sitemap tests, long enough for the meta description."',
    `date: "2024-07-${String(day).padStart(2, '0')}T08:00:00+02:00"`,
    'authors: [lena-hartmann]',
    'category: business',
    `tags: [${tags.join(', ')}]`,
    'keyFacts:',
    '  - { label: One, text: The first fact. }',
    '  - { label: Two, text: The second fact. }',
    '  - { label: Three, text: The third fact. }',
    `translationKey: en-${slug}`,
    '---',
    '',
    '## Background',
    '',
    'Text.',
    '',
    '## Conclusion',
    '',
    'Done.',
    '',
  ].join('\n');
}

beforeAll(() => {
  const { contentDir } = useSeoFixture();
  const dir = path.join(contentDir, 'articles', 'en');
  fs.writeFileSync(path.join(dir, 'sme-one.md'), englishArticle('sme-one', ['Mittelstand'], 1));
  fs.writeFileSync(path.join(dir, 'sme-two.md'), englishArticle('sme-two', ['Mittelstand', 'Solo'], 2));
  resetContentIndex();
});

const locs = () => toSitemapFields(getPublicPages()).map((f) => f.loc.slice(SITE.length));

describe('hashtag pages with a single article', () => {
  it('are noindex, follow, without hreflang', () => {
    expect(isTagIndexable('en', 'solo')).toBe(false);
    const solo = tagMetadata('en', 'solo', 1);
    expect(solo.robots).toEqual({ index: false, follow: true });
    expect(solo.alternates?.languages).toBeUndefined();
    expect(solo.alternates?.canonical).toBe(`${SITE}/en/tag/solo`);
    expect(tagMetadata('de', 'thema2', 1).robots).toEqual({ index: false, follow: true });
  });

  it('are left out of the sitemap and of the other language’s hreflang', () => {
    expect(locs()).not.toContain('/en/tag/solo');
    expect(locs()).not.toContain('/de/tag/thema2');
    // Klarna: one article in each language, so neither page is listed nor an alternate.
    expect(locs()).not.toContain('/de/tag/klarna');
    expect(tagAlternates('klarna')).toEqual({});
  });

  it('with two or more articles are indexed and linked across languages, in the sitemap and the page', () => {
    expect(locs()).toContain('/en/tag/mittelstand');
    expect(locs()).toContain('/de/tag/mittelstand');
    expect(locs()).toContain('/de/tag/mittelstand/2');
    // Page 2 exists only in German: no English alternate there.
    expect(locs()).not.toContain('/en/tag/mittelstand/2');
    expect(tagAlternates('mittelstand', 2)).toEqual({ de: '/de/tag/mittelstand/2' });
    const de = tagMetadata('de', 'mittelstand', 1);
    expect(de.robots).toBeUndefined();
    expect(de.alternates?.languages).toEqual({ de: `${SITE}/de/tag/mittelstand`, en: `${SITE}/en/tag/mittelstand`, 'x-default': `${SITE}/de/tag/mittelstand` });
    const field = toSitemapFields(getPublicPages()).find((f) => f.loc === `${SITE}/en/tag/mittelstand`);
    expect(Object.fromEntries((field?.alternateRefs ?? []).map((r) => [r.hreflang, r.href]))).toEqual(de.alternates?.languages);
  });
});
