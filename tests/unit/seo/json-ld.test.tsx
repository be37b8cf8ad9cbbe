import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.SITE_URL = 'https://news.example.com';
});

import { JsonLd } from '@/components/seo/json-ld';
import { getArticle, getAuthor, getCategory, type Author } from '@/lib/content';
import { articleJsonLd, breadcrumbJsonLd, organizationJsonLd, profilePageJsonLd, serializeJsonLd, websiteJsonLd } from '@/lib/seo/json-ld';
import { SITE, useSeoFixture } from './fixture';

beforeAll(() => {
  useSeoFixture();
});

const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

function klarna() {
  const article = getArticle('de', 'klarna-halbiert-belegschaft');
  const category = getCategory('business');
  if (!article || !category) throw new Error('fixture missing');
  const authors = article.authors.map((s) => getAuthor(s)).filter((a): a is Author => a !== undefined);
  return articleJsonLd(article, authors, category);
}

describe('articleJsonLd (NewsArticle)', () => {
  it('carries every property Google lists for articles', () => {
    const ld = klarna();
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe('Klarna halbiert die Belegschaft mit KI');
    expect(ld.headline.length).toBeLessThanOrEqual(110);
    expect(ld.description.length).toBeGreaterThan(0);
    expect(ld.url).toBe(`${SITE}/de/articles/klarna-halbiert-belegschaft`);
    expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': `${SITE}/de/articles/klarna-halbiert-belegschaft` });
    expect(ld.inLanguage).toBe('de-DE');
    expect(ld.articleSection).toBe('Business');
    expect(ld.keywords).toEqual(['Klarna', 'Fintech', 'KünstlicheIntelligenz']);
  });

  it('gives both dates with a time zone, modified from `updated`', () => {
    const ld = klarna();
    expect(ld.datePublished).toMatch(ZONED);
    expect(ld.dateModified).toMatch(ZONED);
    expect(ld.datePublished).toBe('2024-08-28T09:30:00+02:00');
    expect(ld.dateModified).toBe('2024-08-29T12:00:00+02:00');
  });

  it('lists absolute images: the cover and the 1200×630 share image', () => {
    expect(klarna().image).toEqual([`${SITE}/images/articles/test-cover.png`, `${SITE}/de/articles/klarna-halbiert-belegschaft/opengraph-image`]);
  });

  it('lists every author separately as a Person linking to the author page', () => {
    expect(klarna().author).toEqual([
      { '@type': 'Person', name: 'Oliver Welling', url: `${SITE}/de/author/oliver-welling` },
      { '@type': 'Person', name: 'Lena Hartmann', url: `${SITE}/de/author/lena-hartmann` },
    ]);
  });

  it('names the publisher as an Organization with a logo', () => {
    const { publisher } = klarna();
    expect(publisher['@type']).toBe('Organization');
    expect(publisher.name).toBe('TechNow');
    expect(publisher.url).toBe(SITE);
    expect(publisher.logo).toEqual({ '@type': 'ImageObject', url: `${SITE}/brand/logo.png`, width: 512, height: 512 });
  });
});

describe('other structured data', () => {
  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    const ld = breadcrumbJsonLd([
      { name: 'Startseite', path: '/de' },
      { name: 'Business', path: '/de/category/business' },
    ]);
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Startseite', item: `${SITE}/de` },
      { '@type': 'ListItem', position: 2, name: 'Business', item: `${SITE}/de/category/business` },
    ]);
  });

  it('describes the organisation with logo and social profiles', () => {
    const ld = organizationJsonLd();
    expect(ld['@type']).toBe('Organization');
    expect(ld['@id']).toBe(`${SITE}/#organization`);
    expect(ld.logo.url).toBe(`${SITE}/brand/logo.png`);
    expect(ld.sameAs?.length).toBeGreaterThan(0);
  });

  it('gives the WebSite a SearchAction that targets the language search page', () => {
    const ld = websiteJsonLd('en');
    expect(ld['@type']).toBe('WebSite');
    expect(ld.url).toBe(`${SITE}/en`);
    expect(ld.inLanguage).toBe('en-GB');
    expect(ld.potentialAction.target.urlTemplate).toBe(`${SITE}/en/search?q={search_term_string}`);
    expect(ld.potentialAction['query-input']).toBe('required name=search_term_string');
    expect(ld.publisher['@id']).toBe(organizationJsonLd()['@id']);
  });

  it('builds a ProfilePage around the author as a Person', () => {
    const author = getAuthor('oliver-welling');
    if (!author) throw new Error('fixture author missing');
    const ld = profilePageJsonLd(author, 'en');
    expect(ld['@type']).toBe('ProfilePage');
    expect(ld.url).toBe(`${SITE}/en/author/oliver-welling`);
    expect(ld.mainEntity).toMatchObject({
      '@type': 'Person',
      name: 'Oliver Welling',
      url: `${SITE}/en/author/oliver-welling`,
      jobTitle: 'Editor-in-Chief',
      sameAs: ['https://www.linkedin.com/in/example'],
    });
  });
});

describe('serialisation', () => {
  const hostile = { '@type': 'Thing', name: '</script><script>alert(1)</script>' };

  it('escapes every "<" so a value cannot close the script element, and stays valid JSON', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('renders one ld+json script whose content cannot break out', () => {
    const html = renderToStaticMarkup(<JsonLd data={[hostile, organizationJsonLd()]} />);
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const body = html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(JSON.parse(body)).toEqual([hostile, organizationJsonLd()]);
  });
});
