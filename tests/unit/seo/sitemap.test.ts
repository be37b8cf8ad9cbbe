import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.SITE_URL = 'https://news.example.com';
});

import { getAllArticles, type ArticleMeta } from '@/lib/content';
import { getPublicPages } from '@/lib/seo/pages';
import { buildNewsSitemapXml, buildSitemapUrls, NEWS_MAX_ITEMS, renderSitemapXml, selectNewsArticles } from '@/lib/seo/sitemap';
import { SITE, useSeoFixture } from './fixture';
import { validateSitemap, xpath } from './xmllint';

beforeAll(() => {
  useSeoFixture();
});

const urls = () => buildSitemapUrls(getPublicPages());
const byLoc = (loc: string) => urls().find((u) => u.loc === `${SITE}${loc}`);

describe('sitemap.xml', () => {
  it('validates against the sitemaps.org schema', () => {
    const result = validateSitemap(renderSitemapXml(urls()));
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('fails validation when an element is out of schema order (the check is real)', () => {
    const bad = renderSitemapXml(urls()).replace(/<lastmod>[^<]*<\/lastmod>/, '').replace('</loc>', '</loc><priority>2</priority>');
    expect(validateSitemap(bad).ok).toBe(false);
  });

  it('lists the public pages of both languages and leaves out drafts, scheduled articles and search', () => {
    const locs = urls().map((u) => u.loc.slice(SITE.length));
    for (const path of ['/de', '/en', '/de/archive', '/de/category/business', '/de/category/technologie', '/de/tag/klarna', '/en/tag/klarna', '/de/author/oliver-welling', '/en/author/lena-hartmann', '/de/consulting', '/en/legal-notice', '/de/datenschutz', '/de/articles/klarna-halbiert-belegschaft', '/en/articles/klarna-halves-workforce', '/de/archive/2']) {
      expect(locs).toContain(path);
    }
    for (const article of getAllArticles('de')) expect(locs).toContain(`/de/articles/${article.slug}`);
    expect(locs.some((l) => l.includes('entwurf') || l.includes('geplant'))).toBe(false);
    expect(locs.some((l) => l.includes('/search'))).toBe(false);
    expect(new Set(locs).size).toBe(locs.length);
  });

  it('takes lastmod from the content: updated, else the date; listings from their newest article', () => {
    expect(byLoc('/de/articles/klarna-halbiert-belegschaft')?.lastmod).toBe('2024-08-29T12:00:00+02:00');
    expect(byLoc('/de/articles/meldung-2')?.lastmod).toBe('2024-07-10T08:00:00+02:00');
    expect(byLoc('/de')?.lastmod).toBe('2024-08-29T12:00:00+02:00');
    expect(byLoc('/en')?.lastmod).toBe('2024-08-28T11:00:00+02:00');
    expect(byLoc('/de/category/technologie')?.lastmod).toBe('2024-07-19T08:00:00+02:00');
  });

  it('lists a category page without articles yet, but without a made-up lastmod', () => {
    const empty = byLoc('/en/category/technologie');
    expect(empty).toBeDefined();
    expect(empty?.lastmod).toBeUndefined();
    expect(empty?.alternates).toMatchObject({ de: `${SITE}/de/category/technologie`, en: `${SITE}/en/category/technologie` });
  });

  it('gives translated pages reciprocal alternates with absolute URLs, self and x-default', () => {
    const de = byLoc('/de/articles/klarna-halbiert-belegschaft');
    const en = byLoc('/en/articles/klarna-halves-workforce');
    const expected = {
      de: `${SITE}/de/articles/klarna-halbiert-belegschaft`,
      en: `${SITE}/en/articles/klarna-halves-workforce`,
      'x-default': `${SITE}/de/articles/klarna-halbiert-belegschaft`,
    };
    expect(de?.alternates).toEqual(expected);
    expect(en?.alternates).toEqual(expected);
    expect(byLoc('/de/articles/meldung-2')?.alternates).toBeUndefined();
    // A hashtag used in one language only has no counterpart.
    expect(byLoc('/de/tag/mittelstand')?.alternates).toBeUndefined();
    expect(byLoc('/de/tag/klarna')?.alternates).toMatchObject({ en: `${SITE}/en/tag/klarna` });
  });

  it('writes lastmod before the xhtml:link alternates', () => {
    const xml = renderSitemapXml(urls());
    expect(xpath(xml, "count(//*[local-name()='url'][*[local-name()='link']])")).not.toBe('0');
    expect(xml).toMatch(/<loc>[^<]+<\/loc>\n\s*<lastmod>[^<]+<\/lastmod>\n\s*<xhtml:link/);
  });
});

describe('news-sitemap.xml', () => {
  const all = () => [...getAllArticles('de'), ...getAllArticles('en')];

  it('lists only articles of the last 48 hours, newest first', () => {
    const now = new Date('2024-08-29T20:00:00+02:00');
    expect(selectNewsArticles(all(), now).map((a) => a.slug)).toEqual(['klarna-halves-workforce', 'klarna-halbiert-belegschaft']);
    expect(selectNewsArticles(all(), new Date('2024-08-30T09:31:00+02:00')).map((a) => a.slug)).toEqual(['klarna-halves-workforce']);
    expect(selectNewsArticles(all(), new Date('2024-08-28T09:00:00+02:00'))).toEqual([]);
  });

  it('carries publication name and language, publication time and title, and validates', () => {
    const xml = buildNewsSitemapXml(all(), new Date('2024-08-29T20:00:00+02:00'));
    expect(validateSitemap(xml).ok).toBe(true);
    const first = "//*[local-name()='url'][1]//*";
    expect(xpath(xml, `string(${first}[local-name()='name'])`)).toBe('TechNow');
    expect(xpath(xml, `string(${first}[local-name()='language'])`)).toBe('en');
    expect(xpath(xml, `string(${first}[local-name()='publication_date'])`)).toBe('2024-08-28T11:00:00+02:00');
    expect(xpath(xml, `string(${first}[local-name()='title'])`)).toBe('Klarna halves its workforce with AI');
    expect(xpath(xml, "string(//*[local-name()='url'][2]/*[local-name()='loc'])")).toBe(`${SITE}/de/articles/klarna-halbiert-belegschaft`);
  });

  it('caps the list at 1,000 articles', () => {
    const base = all()[0] as ArticleMeta;
    const many = Array.from({ length: NEWS_MAX_ITEMS + 5 }, (_, i) => ({ ...base, slug: `n-${i}`, date: new Date(Date.UTC(2024, 7, 28, 0, 0, i)).toISOString() }));
    const xml = buildNewsSitemapXml(many, new Date('2024-08-28T12:00:00Z'));
    expect(xpath(xml, "count(//*[local-name()='url'])")).toBe(String(NEWS_MAX_ITEMS));
    expect(validateSitemap(xml).ok).toBe(true);
  });

  it('stays schema-valid when nothing is recent, listing the home pages without news tags', () => {
    const xml = buildNewsSitemapXml(all(), new Date('2026-01-01T00:00:00Z'));
    expect(validateSitemap(xml).ok).toBe(true);
    expect(xpath(xml, "count(//*[local-name()='news'])")).toBe('0');
    expect(xpath(xml, "count(//*[local-name()='url'])")).toBe('2');
  });
});
