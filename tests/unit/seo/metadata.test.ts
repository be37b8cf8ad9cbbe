import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.SITE_URL = 'https://news.example.com';
});

import { getArticle, getTranslation } from '@/lib/content';
import { buildArticleMetadata, buildPageMetadata, buildRootMetadata } from '@/lib/seo/metadata';
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
