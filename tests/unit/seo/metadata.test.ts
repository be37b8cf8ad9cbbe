import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.SITE_URL = 'https://news.example.com';
});

import { getArticle, getTranslation } from '@/lib/content';
import { buildArticleMetadata, buildPageMetadata, buildRootMetadata, fitDescription } from '@/lib/seo/metadata';
import { SITE, useSeoFixture } from './fixture';

beforeAll(() => {
  useSeoFixture();
});

function article(lang: 'de' | 'en', slug: string) {
  const a = getArticle(lang, slug);
  if (!a) throw new Error(`fixture article ${lang}/${slug} missing`);
  return a;
}

describe('buildRootMetadata', () => {
  it('sets metadataBase from SITE_URL, the title template and feed autodiscovery for the language', () => {
    const m = buildRootMetadata('en');
    expect(String(m.metadataBase)).toBe(`${SITE}/`);
    expect(m.title).toEqual({ default: 'TechNow', template: '%s | TechNow' });
    expect(m.alternates?.types?.['application/rss+xml']).toEqual([expect.objectContaining({ url: '/en/feed.xml' })]);
    expect(m.alternates?.types?.['application/atom+xml']).toEqual([expect.objectContaining({ url: '/en/atom.xml' })]);
    expect(m.openGraph).toMatchObject({ siteName: 'TechNow', locale: 'en_GB' });
  });

  it('names the small vector mark as favicon and the PNG only as Apple touch icon', () => {
    const icons = buildRootMetadata('de').icons as { icon: { url: string; type: string }; apple: string };
    expect(icons.icon).toEqual({ url: '/brand/logo.svg', type: 'image/svg+xml' });
    expect(icons.apple).toBe('/brand/logo.png');
    const svg = fs.statSync(path.join('public', icons.icon.url));
    expect(svg.size).toBeLessThan(1024);
  });
});

describe('buildPageMetadata', () => {
  it('gives an absolute canonical and reciprocal hreflang with x-default pointing at German', () => {
    const de = buildPageMetadata({ lang: 'de', path: '/de/consulting', title: 'Beratung', alternates: { en: '/en/consulting' } });
    const en = buildPageMetadata({ lang: 'en', path: '/en/consulting', title: 'Consulting', alternates: { de: '/de/consulting' } });
    expect(de.alternates?.canonical).toBe(`${SITE}/de/consulting`);
    expect(en.alternates?.canonical).toBe(`${SITE}/en/consulting`);
    const expected = { de: `${SITE}/de/consulting`, en: `${SITE}/en/consulting`, 'x-default': `${SITE}/de/consulting` };
    expect(de.alternates?.languages).toEqual(expected);
    expect(en.alternates?.languages).toEqual(expected);
    expect(de.openGraph).toMatchObject({ locale: 'de_DE', alternateLocale: ['en_GB'], url: `${SITE}/de/consulting` });
  });

  it('leaves hreflang out when the page has no translation', () => {
    const m = buildPageMetadata({ lang: 'de', path: '/de/tag/mittelstand', title: 'Mittelstand' });
    expect(m.alternates?.languages).toBeUndefined();
    expect(m.alternates?.canonical).toBe(`${SITE}/de/tag/mittelstand`);
  });

  it('marks search results and similar pages noindex but followable', () => {
    const m = buildPageMetadata({ lang: 'de', path: '/de/search', title: 'Suche', noindex: true });
    expect(m.robots).toEqual({ index: false, follow: true });
    expect(buildPageMetadata({ lang: 'de', path: '/de', title: 'Start' }).robots).toBeUndefined();
  });

  it('uses the default share image unless one is given, and a large Twitter card', () => {
    const m = buildPageMetadata({ lang: 'de', path: '/de', title: 'Start' });
    expect(m.openGraph?.images).toEqual([expect.objectContaining({ url: '/og-default.png', width: 1200, height: 630 })]);
    expect(m.twitter).toMatchObject({ card: 'summary_large_image' });
    const custom = buildPageMetadata({ lang: 'de', path: '/de', title: 'Start', ogImage: '/images/x.png' });
    expect(custom.openGraph?.images).toEqual([{ url: '/images/x.png' }]);
    const svg = buildPageMetadata({ lang: 'de', path: '/de/author/x', title: 'X', ogImage: '/images/authors/x.svg' });
    expect(svg.openGraph?.images).toEqual([expect.objectContaining({ url: '/og-default.png' })]);
  });
});

describe('descriptions', () => {
  it('numbered pages add their position, so page 2 does not repeat page 1', () => {
    const first = buildPageMetadata({ lang: 'de', path: '/de/archive', title: 'Archiv', description: 'Alle Beiträge im Überblick.', page: { number: 1, count: 3 } });
    const second = buildPageMetadata({ lang: 'de', path: '/de/archive/2', title: 'Archiv', description: 'Alle Beiträge im Überblick.', page: { number: 2, count: 3 } });
    const english = buildPageMetadata({ lang: 'en', path: '/en/archive/3', title: 'Archive', description: 'Every article.', page: { number: 3, count: 3 } });
    expect(first.description).toBe('Alle Beiträge im Überblick.');
    expect(second.description).toBe('Alle Beiträge im Überblick. – Seite 2 von 3');
    expect(english.description).toBe('Every article. – Page 3 of 3');
    expect(second.openGraph?.description).toBe(second.description);
  });

  it('cuts long text at a word, with an ellipsis, to at most 160 characters, keeping the page suffix', () => {
    expect(fitDescription('kurz')).toBe('kurz');
    const long = `Zwölf Beiträge zum Thema #KI bei TechNow, zuletzt: ${'Ein sehr langer Titel über Sprachmodelle '.repeat(5)}`;
    const fitted = fitDescription(long);
    expect(fitted.length).toBeLessThanOrEqual(160);
    expect(fitted.endsWith('…')).toBe(true);
    expect(long.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(fitted.slice(0, -1)).not.toMatch(/\s$/);
    const paged = buildPageMetadata({ lang: 'de', path: '/de/tag/ki/2', description: long, page: { number: 2, count: 2 } });
    expect(String(paged.description).length).toBeLessThanOrEqual(160);
    expect(paged.description).toMatch(/… – Seite 2 von 2$/);
  });
});

describe('buildArticleMetadata', () => {
  it('describes the article for Open Graph: type, times, authors, section, tags, locales', () => {
    const de = article('de', 'klarna-halbiert-belegschaft');
    const en = getTranslation(de, 'en');
    expect(en).toBeDefined();
    const m = buildArticleMetadata(de, en ? [en] : []);
    expect(m.title).toBe(de.title);
    expect(m.description).toBe(de.description);
    expect(m.openGraph).toMatchObject({
      type: 'article',
      locale: 'de_DE',
      alternateLocale: ['en_GB'],
      publishedTime: '2024-08-28T09:30:00+02:00',
      modifiedTime: '2024-08-29T12:00:00+02:00',
      authors: [`${SITE}/de/author/oliver-welling`, `${SITE}/de/author/lena-hartmann`],
      section: 'Business',
      tags: ['Klarna', 'Fintech', 'KünstlicheIntelligenz'],
      url: `${SITE}/de/articles/klarna-halbiert-belegschaft`,
    });
    expect(m.openGraph?.images).toEqual([expect.objectContaining({ url: '/de/articles/klarna-halbiert-belegschaft/opengraph-image', width: 1200, height: 630 })]);
    expect(m.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('links the translations reciprocally with x-default on the German version', () => {
    const de = article('de', 'klarna-halbiert-belegschaft');
    const en = article('en', 'klarna-halves-workforce');
    const fromDe = buildArticleMetadata(de, [en]).alternates;
    const fromEn = buildArticleMetadata(en, [de]).alternates;
    expect(fromDe?.canonical).toBe(`${SITE}/de/articles/klarna-halbiert-belegschaft`);
    expect(fromEn?.canonical).toBe(`${SITE}/en/articles/klarna-halves-workforce`);
    expect(fromDe?.languages).toEqual(fromEn?.languages);
    expect(fromDe?.languages).toEqual({
      de: `${SITE}/de/articles/klarna-halbiert-belegschaft`,
      en: `${SITE}/en/articles/klarna-halves-workforce`,
      'x-default': `${SITE}/de/articles/klarna-halbiert-belegschaft`,
    });
  });

  it('has no hreflang for an article without a translation and uses the date when never updated', () => {
    const m = buildArticleMetadata(article('de', 'meldung-2'), []);
    expect(m.alternates?.languages).toBeUndefined();
    expect(m.openGraph).toMatchObject({ publishedTime: '2024-07-10T08:00:00+02:00', modifiedTime: '2024-07-10T08:00:00+02:00' });
  });

  it('advertises the category feed next to the language feed', () => {
    const m = buildArticleMetadata(article('de', 'meldung-2'), []);
    const rss = m.alternates?.types?.['application/rss+xml'];
    expect(rss).toEqual([expect.objectContaining({ url: '/de/feed.xml' }), expect.objectContaining({ url: '/de/category/business/feed.xml' })]);
  });
});
