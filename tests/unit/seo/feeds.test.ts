import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.SITE_URL = 'https://news.example.com';
});

import { buildFeed } from '@/lib/seo/feeds';
import { SITE, useSeoFixture } from './fixture';
import { isWellFormed, xpath } from './xmllint';

beforeAll(() => {
  useSeoFixture();
});

const count = (xml: string, name: string) => Number(xpath(xml, `count(//*[local-name()='${name}'])`));
const attr = (xml: string, expr: string) => xpath(xml, `string(${expr})`);

describe('RSS 2.0 feed of a language', () => {
  const rss = () => buildFeed({ lang: 'de' }, 'rss');

  it('is well-formed and lists every published article, at least ten, without drafts or scheduled ones', () => {
    const xml = rss();
    expect(isWellFormed(xml).ok).toBe(true);
    expect(count(xml, 'item')).toBe(12);
    expect(xml).not.toContain('/de/articles/entwurf');
    expect(xml).not.toContain('/de/articles/geplant');
  });

  it('names its language and itself (atom:link rel=self)', () => {
    const xml = rss();
    expect(attr(xml, "//*[local-name()='channel']/*[local-name()='language']")).toBe('de-DE');
    expect(attr(xml, "//*[local-name()='channel']/*[local-name()='link' and @rel='self']/@href")).toBe(`${SITE}/de/feed.xml`);
  });

  it('dates the channel by its newest content change, not by the time it was built', () => {
    expect(attr(rss(), "//*[local-name()='lastBuildDate']")).toBe(new Date('2024-08-29T12:00:00+02:00').toUTCString());
  });

  it('carries the full text with lead and key facts before the body, links made absolute', () => {
    const xml = rss();
    const content = attr(xml, "//*[local-name()='item'][1]/*[local-name()='encoded']");
    expect(content.indexOf('Erster Fakt')).toBeGreaterThan(-1);
    expect(content.indexOf('Vorspann')).toBeLessThan(content.indexOf('Erster Fakt'));
    expect(content.indexOf('Dritter Fakt')).toBeLessThan(content.indexOf('Hintergrund'));
    expect(content).toContain('Fazit');
    expect(content).toContain(`src="${SITE}/images/articles/test-cover.png"`);
    expect(content).toContain(`href="${SITE}/de/category/business"`);
    expect(content).not.toMatch(/(?:src|href)="\//);
  });

  it('ends with the original source, its URL escaped', () => {
    const content = attr(rss(), "//*[local-name()='item'][1]/*[local-name()='encoded']");
    expect(content.trimEnd().endsWith('<a href="https://example.org/news?id=1&amp;lang=en">Klarna plans to cut workforce by nearly half with AI</a></p>')).toBe(true);
    expect(content.indexOf('Fazit')).toBeLessThan(content.indexOf('example.org'));
  });

  it('escapes front-matter text inside the HTML content', () => {
    const content = attr(rss(), "//*[local-name()='item'][1]/*[local-name()='encoded']");
    expect(content).toContain('&lt;mit Sonderzeichen &amp; Co.&gt;');
  });

  it('names all authors (Dublin Core), the publication date and the category', () => {
    const xml = rss();
    expect(attr(xml, "//*[local-name()='item'][1]/*[local-name()='creator']")).toBe('Oliver Welling, Lena Hartmann');
    expect(attr(xml, "//*[local-name()='item'][1]/*[local-name()='pubDate']")).toBe(new Date('2024-08-28T09:30:00+02:00').toUTCString());
    expect(attr(xml, "//*[local-name()='item'][1]/*[local-name()='link']")).toBe(`${SITE}/de/articles/klarna-halbiert-belegschaft`);
    expect(attr(xml, "//*[local-name()='item'][1]/*[local-name()='category'][1]")).toBe('Business');
  });
});

describe('Atom feed of a language', () => {
  it('is well-formed, declares xml:lang and rel=self, and carries full HTML content', () => {
    const xml = buildFeed({ lang: 'en' }, 'atom');
    expect(isWellFormed(xml).ok).toBe(true);
    expect(attr(xml, '/*/@*[local-name()="lang"]')).toBe('en-GB');
    expect(attr(xml, "/*/*[local-name()='link' and @rel='self']/@href")).toBe(`${SITE}/en/atom.xml`);
    expect(count(xml, 'entry')).toBe(1);
    expect(attr(xml, "//*[local-name()='entry'][1]/*[local-name()='content']/@type")).toBe('html');
    expect(attr(xml, "//*[local-name()='entry'][1]/*[local-name()='published']")).toBe(new Date('2024-08-28T11:00:00+02:00').toISOString());
    expect(attr(xml, "//*[local-name()='entry'][1]/*[local-name()='author']/*[local-name()='name']")).toBe('Oliver Welling');
  });
});

describe('category feeds', () => {
  it('list only the category, with the category page as link and the category feed as self', () => {
    const rss = buildFeed({ lang: 'de', category: 'technologie' }, 'rss');
    expect(count(rss, 'item')).toBe(5);
    expect(attr(rss, "//*[local-name()='channel']/*[local-name()='link' and not(@rel)]")).toBe(`${SITE}/de/category/technologie`);
    expect(attr(rss, "//*[local-name()='channel']/*[local-name()='link' and @rel='self']/@href")).toBe(`${SITE}/de/category/technologie/feed.xml`);
    const atom = buildFeed({ lang: 'de', category: 'technologie' }, 'atom');
    expect(count(atom, 'entry')).toBe(5);
    expect(attr(atom, "/*/*[local-name()='link' and @rel='self']/@href")).toBe(`${SITE}/de/category/technologie/atom.xml`);
  });
});
