import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.SITE_URL = 'https://news.example.com';
});

import fs from 'node:fs';
import path from 'node:path';
import { SitemapBuilder } from 'next-sitemap';
import { getAllArticles, getContentIndex, resetContentIndex, type ArticleMeta } from '@/lib/content';
import { getPublicPages, type PublicPage } from '@/lib/seo/pages';
import {
  buildNewsSitemapXml,
  currentNewsSitemapXml,
  currentSitemapFileXml,
  currentSitemapIndexXml,
  joinSurrogates,
  NEWS_MAX_ITEMS,
  newsSitemapExpiry,
  OffsetDate,
  parseSitemapFileName,
  planSitemapFiles,
  renderSitemapIndexXml,
  renderSitemapXml,
  selectNewsArticles,
  SITEMAP_CHUNK_SIZE,
  SITEMAP_PROTOCOL_MAX_BYTES,
  SITEMAP_PROTOCOL_MAX_URLS,
  toSitemapFields,
} from '@/lib/seo/sitemap';
import { SITE, useSeoFixture } from './fixture';
import { isWellFormed, validateSitemap, xpath } from './xmllint';

let contentDir = '';
beforeAll(() => {
  contentDir = useSeoFixture().contentDir;
});

const fields = () => toSitemapFields(getPublicPages());
const byLoc = (loc: string) => fields().find((u) => u.loc === `${SITE}${loc}`);
const alternatesOf = (loc: string) => Object.fromEntries((byLoc(loc)?.alternateRefs ?? []).map((r) => [r.hreflang, r.href]));
/** The <loc> values of a sitemap or sitemap index, unescaped by xmllint. */
const locsOf = (xml: string) => xpath(xml, "//*[local-name()='loc']/text()").split('\n').filter(Boolean).map((l) => l.replace(/&amp;/g, '&'));

function expectValid(xml: string): void {
  const result = validateSitemap(xml);
  expect(result.ok, result.output).toBe(true);
}

describe('sitemap files', () => {
  it('every file of the plan and the index validate against the sitemaps.org schema', async () => {
    const files = planSitemapFiles(getPublicPages());
    expect(files.map((f) => f.name)).toEqual(['pages-1', 'articles-1']);
    for (const file of files) expectValid(await renderSitemapXml(file.fields));
    expectValid(await renderSitemapIndexXml(files));
  });

  it('fails validation when an element is out of schema order (the check is real)', async () => {
    const xml = await renderSitemapXml(fields());
    const bad = xml.replace(/<lastmod>[^<]*<\/lastmod>/, '').replace('</loc>', '</loc><priority>2</priority>');
    expect(validateSitemap(bad).ok).toBe(false);
  });

  it('lists the public pages of both languages and leaves out drafts, scheduled articles and search', () => {
    const locs = fields().map((u) => u.loc.slice(SITE.length));
    for (const path of ['/de', '/en', '/de/archive', '/de/category/business', '/de/category/technologie', '/de/tag/mittelstand', '/de/author/oliver-welling', '/en/author/lena-hartmann', '/de/consulting', '/en/legal-notice', '/de/datenschutz', '/de/articles/klarna-halbiert-belegschaft', '/en/articles/klarna-halves-workforce', '/de/archive/2', '/de/tag/mittelstand/2']) {
      expect(locs).toContain(path);
    }
    for (const article of getAllArticles('de')) expect(locs).toContain(`/de/articles/${article.slug}`);
    expect(locs.some((l) => l.includes('entwurf') || l.includes('geplant'))).toBe(false);
    expect(locs.some((l) => l.includes('/search'))).toBe(false);
    expect(new Set(locs).size).toBe(locs.length);
  });

  it('leaves out hashtag pages with a single article (they are noindex)', () => {
    const locs = fields().map((u) => u.loc.slice(SITE.length));
    // Klarna, Fintech and Thema2 carry one article in each language that uses them.
    for (const path of ['/de/tag/klarna', '/en/tag/klarna', '/de/tag/fintech', '/de/tag/thema2']) expect(locs).not.toContain(path);
  });

  it('takes lastmod from the content: updated, else the date; listings from their newest article', () => {
    expect(byLoc('/de/articles/klarna-halbiert-belegschaft')?.lastmod).toBe('2024-08-29T12:00:00+02:00');
    expect(byLoc('/de/articles/meldung-2')?.lastmod).toBe('2024-07-10T08:00:00+02:00');
    expect(byLoc('/de')?.lastmod).toBe('2024-08-29T12:00:00+02:00');
    expect(byLoc('/en')?.lastmod).toBe('2024-08-28T11:00:00+02:00');
    expect(byLoc('/de/category/technologie')?.lastmod).toBe('2024-07-19T08:00:00+02:00');
  });

  it('gives pages without a content date no lastmod at all (never a made-up one)', async () => {
    for (const path of ['/de/consulting', '/en/legal-notice', '/de/datenschutz', '/en/category/technologie']) {
      expect(byLoc(path), path).toBeDefined();
      expect(byLoc(path)?.lastmod, path).toBeUndefined();
    }
    const xml = await renderSitemapXml(fields());
    expect(xpath(xml, `count(//*[local-name()='url'][*[local-name()='loc']='${SITE}/de/consulting']/*[local-name()='lastmod'])`)).toBe('0');
  });

  it('lists a category page without articles yet, with its alternates', () => {
    expect(alternatesOf('/en/category/technologie')).toMatchObject({ de: `${SITE}/de/category/technologie`, en: `${SITE}/en/category/technologie` });
  });

  it('gives translated pages reciprocal alternates with absolute URLs, self and x-default', async () => {
    const expected = {
      de: `${SITE}/de/articles/klarna-halbiert-belegschaft`,
      en: `${SITE}/en/articles/klarna-halves-workforce`,
      'x-default': `${SITE}/de/articles/klarna-halbiert-belegschaft`,
    };
    expect(alternatesOf('/de/articles/klarna-halbiert-belegschaft')).toEqual(expected);
    expect(alternatesOf('/en/articles/klarna-halves-workforce')).toEqual(expected);
    expect(byLoc('/de/articles/meldung-2')?.alternateRefs).toBeUndefined();
    // A hashtag used in one language only has no counterpart.
    expect(byLoc('/de/tag/mittelstand')?.alternateRefs).toBeUndefined();
    // As written by next-sitemap: xhtml:link elements after lastmod, in the xhtml namespace.
    const xml = await renderSitemapXml(fields());
    const url = `//*[local-name()='url'][*[local-name()='loc']='${SITE}/en/articles/klarna-halves-workforce']`;
    expect(xpath(xml, `count(${url}/*[local-name()='link' and namespace-uri()='http://www.w3.org/1999/xhtml'])`)).toBe('3');
    expect(xpath(xml, `string(${url}/*[local-name()='link'][@hreflang='x-default']/@href)`)).toBe(expected['x-default']);
    expect(xml).toMatch(/<loc>[^<]+<\/loc><lastmod>[^<]+<\/lastmod><xhtml:link/);
  });

  it('lists articles oldest story first, so new articles only change the last file', () => {
    const articles = fields().filter((f) => f.loc.includes('/articles/'));
    expect(articles[0]?.loc).toBe(`${SITE}/de/articles/meldung-2`);
    expect(articles.at(-1)?.loc).toBe(`${SITE}/en/articles/klarna-halves-workforce`);
  });
});

describe('sitemap index and split', () => {
  it('splits into files of at most the chunk size, each valid, together listing every URL once', async () => {
    const pages = getPublicPages();
    const all = toSitemapFields(pages).map((f) => f.loc);
    const files = planSitemapFiles(pages, 3);
    expect(files.length).toBeGreaterThan(4);
    expect(files[0]?.name).toBe('pages-1');
    expect(files.filter((f) => f.name.startsWith('articles-')).map((f) => f.name)).toEqual(['articles-1', 'articles-2', 'articles-3', 'articles-4', 'articles-5']);
    const listed: string[] = [];
    for (const file of files) {
      expect(file.fields.length).toBeLessThanOrEqual(3);
      const xml = await renderSitemapXml(file.fields);
      expectValid(xml);
      expect(Number(xpath(xml, "count(//*[local-name()='url'])"))).toBe(file.fields.length);
      listed.push(...locsOf(xml));
    }
    expect(listed.sort()).toEqual([...all].sort());
    const index = await renderSitemapIndexXml(files);
    expectValid(index);
    expect(locsOf(index)).toEqual(files.map((f) => `${SITE}/sitemaps/${f.name}.xml`));
  });

  it('keeps the protocol limits: at most 50,000 URLs per file by construction, the default far below', () => {
    expect(SITEMAP_CHUNK_SIZE).toBeLessThanOrEqual(SITEMAP_PROTOCOL_MAX_URLS);
    // Worst case per entry: loc and three hreflang links at the protocol's 2,048 characters each, plus markup.
    expect(SITEMAP_CHUNK_SIZE * (4 * 2048 + 300)).toBeLessThan(SITEMAP_PROTOCOL_MAX_BYTES);
    expect(() => planSitemapFiles(getPublicPages(), SITEMAP_PROTOCOL_MAX_URLS + 1)).toThrow(RangeError);
    expect(() => planSitemapFiles(getPublicPages(), 0)).toThrow(RangeError);
  });

  it('serves the current index and its files by name, and nothing else', async () => {
    const index = await currentSitemapIndexXml();
    expectValid(index);
    expect(locsOf(index)).toEqual([`${SITE}/sitemaps/pages-1.xml`, `${SITE}/sitemaps/articles-1.xml`]);
    const articles = await currentSitemapFileXml('articles-1');
    expect(articles).toBeDefined();
    expectValid(articles as string);
    // Memoised per content index: the same build is handed out again.
    expect(currentSitemapFileXml('articles-1')).toBe(currentSitemapFileXml('articles-1'));
    expect(currentSitemapFileXml('articles-2')).toBeUndefined();
    expect(parseSitemapFileName('articles-2.xml')).toBe('articles-2');
    for (const bad of ['articles-0.xml', 'articles-1', 'pages-1.xml.gz', '../sitemap.xml', 'news-1.xml', 'articles-01.xml', 'articles-99999999.xml']) {
      expect(parseSitemapFileName(bad), bad).toBeUndefined();
    }
  });
});

describe('escaping', () => {
  const page = (path: string): PublicPage => ({ kind: 'page', versions: { de: path, en: `${path}&lang=en` }, lastModified: { de: '2024-08-28T09:30:00+02:00' } });

  it('next-sitemap alone writes "&" in a location unescaped: the file does not parse', () => {
    const raw = new SitemapBuilder().buildSitemapXml([{ loc: `${SITE}/de/search?q=a&b` }]);
    expect(isWellFormed(raw).ok).toBe(false);
  });

  it('escapes "&" and other XML characters in locations and hreflang links; the file validates', async () => {
    const xml = await renderSitemapXml(toSitemapFields([page("/de/x?a=1&b=<2>'\"")]));
    expectValid(xml);
    expect(xml).toContain('&amp;b=&lt;2&gt;&apos;&quot;');
    expect(xpath(xml, "string(//*[local-name()='url'][1]/*[local-name()='loc'])")).toBe(`${SITE}/de/x?a=1&b=<2>'"`);
    expect(xpath(xml, "string(//*[local-name()='url'][1]/*[local-name()='link'][@hreflang='en']/@href)")).toBe(`${SITE}/de/x?a=1&b=<2>'"&lang=en`);
  });

  it('escapes "&" in the locations of the sitemap index', async () => {
    const xml = await renderSitemapIndexXml([{ name: 'a&b' }]);
    expectValid(xml);
    expect(locsOf(xml)).toEqual([`${SITE}/sitemaps/a&b.xml`]);
  });

  it('writes characters outside the BMP (emoji) in news titles as one valid character reference', async () => {
    const base = getAllArticles('en')[0] as ArticleMeta;
    const article = { ...base, title: 'Tom & Jerry 🤖 über „KI“ <neu>' };
    const xml = await buildNewsSitemapXml([article], new Date('2024-08-28T12:00:00+02:00'));
    expectValid(xml);
    expect(xpath(xml, "string(//*[local-name()='title'])")).toBe('Tom & Jerry 🤖 über „KI“ <neu>');
    // next-sitemap alone writes 🤖 (U+1F916) as two surrogate references: the file does not parse.
    const stock = new SitemapBuilder().buildSitemapXml([{ loc: `${SITE}/x`, news: { title: '🤖', date: '2024-08-28', publicationName: 'n', publicationLanguage: 'de' } }]);
    expect(isWellFormed(stock).ok).toBe(false);
    // The pair becomes one reference; other references stay.
    expect(joinSurrogates('&#55358;&#56598; &#38;&#60;')).toBe('&#129302; &#38;&#60;');
  });
});

describe('news-sitemap.xml', () => {
  const all = () => [...getAllArticles('de'), ...getAllArticles('en')];
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('lists only articles of the last 48 hours, newest first', () => {
    const now = new Date('2024-08-29T20:00:00+02:00');
    expect(selectNewsArticles(all(), now).map((a) => a.slug)).toEqual(['klarna-halves-workforce', 'klarna-halbiert-belegschaft']);
    expect(selectNewsArticles(all(), new Date('2024-08-30T09:31:00+02:00')).map((a) => a.slug)).toEqual(['klarna-halves-workforce']);
    expect(selectNewsArticles(all(), new Date('2024-08-28T09:00:00+02:00'))).toEqual([]);
  });

  it('never lists a draft, nor an article whose time has not come', () => {
    const base = all()[0] as ArticleMeta;
    const now = new Date('2024-08-28T12:00:00+02:00');
    const draft = { ...base, slug: 'draft', status: 'draft' as const, date: '2024-08-28T10:00:00+02:00' };
    const future = { ...base, slug: 'future', status: 'scheduled' as const, date: '2024-08-28T12:00:01+02:00' };
    // Scheduled when the index was built, public now: its date has passed.
    const due = { ...base, slug: 'due', status: 'scheduled' as const, date: '2024-08-28T11:59:00+02:00' };
    expect(selectNewsArticles([draft, future, due], now).map((a) => a.slug)).toEqual(['due']);
  });

  it('carries publication name and language, publication time and title, and validates', async () => {
    const xml = await buildNewsSitemapXml(all(), new Date('2024-08-29T20:00:00+02:00'));
    expectValid(xml);
    const first = "//*[local-name()='url'][1]//*";
    expect(xpath(xml, `string(${first}[local-name()='name'])`)).toBe('TechNow');
    expect(xpath(xml, `string(${first}[local-name()='language'])`)).toBe('en');
    expect(xpath(xml, `string(${first}[local-name()='publication_date'])`)).toBe('2024-08-28T11:00:00.000+02:00');
    expect(xpath(xml, `string(${first}[local-name()='title'])`)).toBe('Klarna halves its workforce with AI');
    expect(xpath(xml, "string(//*[local-name()='url'][2]/*[local-name()='loc'])")).toBe(`${SITE}/de/articles/klarna-halbiert-belegschaft`);
    // Every entry is an article with its news entry.
    expect(xpath(xml, "count(//*[local-name()='url'])")).toBe('2');
    expect(xpath(xml, "count(//*[local-name()='url'][*[local-name()='news']])")).toBe('2');
  });

  it("writes the article's own time and offset whatever the server's time zone (TZ=America/New_York)", async () => {
    process.env.TZ = 'America/New_York';
    // Node applies a changed TZ at once; without this the test would prove nothing.
    expect(new Date('2024-08-28T09:30:00Z').getTimezoneOffset()).toBe(240);
    const stock = new SitemapBuilder().buildNewsXml({ title: 't', date: '2024-08-28T11:00:00+02:00', publicationName: 'n', publicationLanguage: 'en' });
    expect(stock).toContain('<news:publication_date>2024-08-28T05:00:00.000-04:00</news:publication_date>');
    const xml = await buildNewsSitemapXml(all(), new Date('2024-08-29T20:00:00+02:00'));
    expect(xpath(xml, "string(//*[local-name()='url'][1]//*[local-name()='publication_date'])")).toBe('2024-08-28T11:00:00.000+02:00');
    expect(xpath(xml, "string(//*[local-name()='url'][2]//*[local-name()='publication_date'])")).toBe('2024-08-28T09:30:00.000+02:00');
  });

  it('OffsetDate reads local time in the given offset, across a day boundary and in UTC', () => {
    process.env.TZ = 'Asia/Kolkata';
    const late = new OffsetDate('2024-12-31T23:45:10.250-05:30');
    expect([late.getFullYear(), late.getMonth(), late.getDate(), late.getHours(), late.getMinutes(), late.getSeconds(), late.getMilliseconds()]).toEqual([2024, 11, 31, 23, 45, 10, 250]);
    expect(late.getTimezoneOffset()).toBe(330);
    expect(late.toISOString()).toBe('2025-01-01T05:15:10.250Z');
    const utc = new OffsetDate('2024-08-28T09:30:00Z');
    expect([utc.getHours(), utc.getTimezoneOffset()]).toEqual([9, 0]);
  });

  it('caps the list at 1,000 articles', async () => {
    const base = all()[0] as ArticleMeta;
    const many = Array.from({ length: NEWS_MAX_ITEMS + 5 }, (_, i) => ({ ...base, slug: `n-${i}`, date: new Date(Date.UTC(2024, 7, 28, 0, 0, i)).toISOString() }));
    const xml = await buildNewsSitemapXml(many, new Date('2024-08-28T12:00:00Z'));
    expect(xpath(xml, "count(//*[local-name()='url'])")).toBe(String(NEWS_MAX_ITEMS));
    expectValid(xml);
  });

  it('is empty when nothing is recent: never the home pages or other non-articles', async () => {
    const xml = await buildNewsSitemapXml(all(), new Date('2026-01-01T00:00:00Z'));
    expect(isWellFormed(xml).ok).toBe(true);
    expect(xpath(xml, "count(//*[local-name()='url'])")).toBe('0');
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  });

  it('is recomputed when an article leaves the window, not before', async () => {
    const articles = all();
    const now = new Date('2024-08-29T20:00:00+02:00');
    // The German Klarna piece (09:30 on the 28th) leaves first.
    expect(newsSitemapExpiry(articles, now)).toBe(Date.parse('2024-08-30T09:30:00+02:00'));
    const before = currentNewsSitemapXml(now);
    expect(currentNewsSitemapXml(new Date('2024-08-30T09:29:59+02:00'))).toBe(before);
    const after = currentNewsSitemapXml(new Date('2024-08-30T09:30:00+02:00'));
    expect(after).not.toBe(before);
    expect(xpath(await after, "count(//*[local-name()='url'])")).toBe('1');
    expect(xpath(await before, "count(//*[local-name()='url'])")).toBe('2');
  });
});

describe('freshness', () => {
  it('answers from the current content index: a changed public set gives new XML at once, an unchanged one the memoised XML', async () => {
    const before = getContentIndex();
    const xml = currentSitemapFileXml('articles-1');
    expect(await xml).not.toContain('/de/articles/neu-veroeffentlicht');
    // What lib/content does when an article becomes public: a new index object.
    const source = fs.readFileSync(path.join(contentDir, 'articles', 'de', 'meldung-2.md'), 'utf8');
    fs.writeFileSync(
      path.join(contentDir, 'articles', 'de', 'neu-veroeffentlicht.md'),
      source.replace('translationKey: meldung-2', 'translationKey: neu').replace(/date: "[^"]+"/, 'date: "2024-09-02T08:00:00+02:00"'),
    );
    resetContentIndex();
    expect(getContentIndex()).not.toBe(before);
    const after = await currentSitemapFileXml('articles-1');
    expect(after).toContain(`<loc>${SITE}/de/articles/neu-veroeffentlicht</loc><lastmod>2024-09-02T08:00:00+02:00</lastmod>`);
    expect(await currentSitemapIndexXml()).toContain('/sitemaps/articles-1.xml');
    expect(currentSitemapFileXml('articles-1')).toBe(currentSitemapFileXml('articles-1'));
  });
});
