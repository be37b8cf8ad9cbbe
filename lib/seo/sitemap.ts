import { getServerSideSitemap, getServerSideSitemapIndex, type ISitemapField } from 'next-sitemap';
import { getAllArticles, getContentIndex, type ArticleMeta, type ContentIndex } from '@/lib/content';
import { locales } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { absoluteUrl, siteConfig } from '@/lib/site';
import { buildLanguageAlternates } from '@/lib/seo/metadata';
import { getPublicPages, type PublicPage } from '@/lib/seo/pages';

/*
 * Sitemaps, built by next-sitemap's server-side builders on request (never at build time), from the
 * one model of public pages (lib/seo/pages.ts):
 *
 *   /sitemap.xml              index of the files below (robots.txt names it)
 *   /sitemaps/pages-N.xml     home, archive, category, hashtag, author and legal pages
 *   /sitemaps/articles-N.xml  articles, oldest story first
 *   /news-sitemap.xml         Google News: articles of the last 48 hours
 *
 * Two gaps of next-sitemap 4.2.3 are closed here, because its builders write values as given:
 * - `loc`, `lastmod` and `xhtml:link` hrefs are inserted unescaped, so an `&` would make the file
 *   malformed: every value passes through escapeXml() first.
 * - News publication dates are printed in the server's time zone (local-time getters of a Date):
 *   they are handed over as OffsetDate, whose "local" time is the article's own offset, so the
 *   output is the same on any server. Its text escaping also writes characters outside the Basic
 *   Multilingual Plane (emoji) as two surrogate references, which XML forbids: joinSurrogates().
 */

/** The protocol's limits per sitemap file; our files stay far below both (see SITEMAP_CHUNK_SIZE). */
export const SITEMAP_PROTOCOL_MAX_URLS = 50_000;
export const SITEMAP_PROTOCOL_MAX_BYTES = 50 * 1024 * 1024;

/**
 * URLs per sitemap file. next-sitemap's own default (`sitemapSize`); a file of 5,000 URLs takes a
 * few milliseconds to write, and even with every location at the protocol's 2,048-character maximum
 * (4 per entry: loc and 3 hreflang links) a file stays under 50 MB.
 */
export const SITEMAP_CHUNK_SIZE = 5_000;

/**
 * What a sitemap response may be cached for: like every listing (next.config.ts
 * LISTING_CACHE_CONTROL, which the production server sets for these paths), fresh for 30 s and
 * stale for 30 s more, so a CDN catches up within the 60-second publishing promise; browsers never.
 */
export const SITEMAP_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30';

/** Headers of every sitemap response (next-sitemap's default Content-Type is text/xml without charset). */
export const SITEMAP_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': SITEMAP_CACHE_CONTROL } as const;

/** The five XML special characters as entities. */
export function escapeXml(value: string): string {
  // Nearly every value is a plain URL or date: skip the five replacements for those.
  if (!/[&<>"']/.test(value)) return value;
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** next-sitemap fields for the language versions of the pages: one entry per version, each with every hreflang alternate. */
export function toSitemapFields(pages: readonly PublicPage[]): ISitemapField[] {
  const fields: ISitemapField[] = [];
  for (const page of pages) {
    const languages = buildLanguageAlternates(page.versions);
    const alternateRefs = languages
      ? Object.entries(languages).flatMap(([hreflang, href]) => (typeof href === 'string' ? [{ hreflang, href: escapeXml(href), hrefIsAbsolute: true }] : []))
      : undefined;
    for (const lang of locales) {
      const path = page.versions[lang];
      if (path === undefined) continue;
      const lastmod = page.lastModified[lang];
      fields.push({ loc: escapeXml(absoluteUrl(path)), ...(lastmod ? { lastmod: escapeXml(lastmod) } : {}), ...(alternateRefs ? { alternateRefs } : {}) });
    }
  }
  return fields;
}

export interface SitemapFile {
  /** File name without extension, e.g. "articles-2"; served at sitemapPath(name). */
  name: string;
  fields: ISitemapField[];
}

/** Site path of a sitemap file. */
export function sitemapPath(name: string): string {
  return `/sitemaps/${name}.xml`;
}

/** The name from a requested file ("articles-2.xml" → "articles-2"), or undefined for anything else. */
export function parseSitemapFileName(file: string): string | undefined {
  return /^((?:pages|articles)-[1-9]\d{0,5})\.xml$/.exec(file)?.[1];
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Splits the public pages into sitemap files of at most `chunkSize` URLs: pages-1…N, then
 * articles-1…M. Every page kind gets at least one file (pages always exist: home, legal).
 */
export function planSitemapFiles(pages: readonly PublicPage[], chunkSize = SITEMAP_CHUNK_SIZE): SitemapFile[] {
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > SITEMAP_PROTOCOL_MAX_URLS) {
    throw new RangeError(`sitemap chunk size: found ${chunkSize}, expected an integer from 1 to ${SITEMAP_PROTOCOL_MAX_URLS}`);
  }
  const files: SitemapFile[] = [];
  for (const kind of ['pages', 'articles'] as const) {
    const fields = toSitemapFields(pages.filter((p) => (kind === 'articles') === (p.kind === 'article')));
    chunk(fields, chunkSize).forEach((part, i) => files.push({ name: `${kind}-${i + 1}`, fields: part }));
  }
  return files;
}

/** The XML next-sitemap's server-side builder writes for these fields. */
export async function renderSitemapXml(fields: ISitemapField[]): Promise<string> {
  return joinSurrogates(await (await getServerSideSitemap(fields)).text());
}

/** The sitemap index next-sitemap writes for these files. */
export async function renderSitemapIndexXml(files: readonly Pick<SitemapFile, 'name'>[]): Promise<string> {
  return (await getServerSideSitemapIndex(files.map((f) => escapeXml(absoluteUrl(sitemapPath(f.name)))))).text();
}

/**
 * next-sitemap escapes text per UTF-16 code unit, so an emoji becomes "&#55357;&#56832;": two
 * references to surrogates, which are not XML characters (the file would not parse). Joins each
 * such pair into the one reference of its code point.
 */
export function joinSurrogates(xml: string): string {
  return xml.replace(/&#(\d+);&#(\d+);/g, (match, high: string, low: string) => {
    const h = Number(high);
    const l = Number(low);
    if (h < 0xd800 || h > 0xdbff || l < 0xdc00 || l > 0xdfff) return match;
    return `&#${(h - 0xd800) * 0x400 + (l - 0xdc00) + 0x10000};`;
  });
}

/** Minutes east of UTC of an ISO 8601 date-time ("+02:00" → 120, "Z" or none → 0). */
export function isoOffsetMinutes(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * A Date whose local-time getters read in a fixed UTC offset instead of the server's zone.
 * next-sitemap formats news dates with getHours(), getTimezoneOffset() and the like; handing it an
 * OffsetDate makes it print the article's own time and offset ("2024-08-28T09:30:00.000+02:00")
 * whatever TZ the server runs in.
 */
export class OffsetDate extends Date {
  readonly offsetMinutes: number;

  constructor(iso: string) {
    super(iso);
    this.offsetMinutes = isoOffsetMinutes(iso);
  }

  private shifted(): Date {
    return new Date(this.getTime() + this.offsetMinutes * 60_000);
  }

  override getFullYear(): number {
    return this.shifted().getUTCFullYear();
  }
  override getMonth(): number {
    return this.shifted().getUTCMonth();
  }
  override getDate(): number {
    return this.shifted().getUTCDate();
  }
  override getDay(): number {
    return this.shifted().getUTCDay();
  }
  override getHours(): number {
    return this.shifted().getUTCHours();
  }
  override getMinutes(): number {
    return this.shifted().getUTCMinutes();
  }
  override getSeconds(): number {
    return this.shifted().getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.shifted().getUTCMilliseconds();
  }
  /** As Date's: minutes *behind* UTC, so +02:00 is -120. */
  override getTimezoneOffset(): number {
    return this.offsetMinutes === 0 ? 0 : -this.offsetMinutes;
  }
}

/** Google News accepts articles published in the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_MAX_ITEMS = 1000;

/**
 * Articles eligible for the news sitemap at `now`: published within the window, newest first.
 * Public means "not a draft and its date has passed" (asked of the date, not of a status computed
 * earlier), so this holds whatever moment the index was built at.
 */
export function selectNewsArticles(articles: readonly ArticleMeta[], now: Date): ArticleMeta[] {
  const end = now.getTime();
  const start = end - NEWS_WINDOW_MS;
  return articles
    .filter((a) => a.status !== 'draft')
    .filter((a) => {
      const t = Date.parse(a.date);
      // Younger than 48 hours: at exactly 48 hours an article has left the window.
      return t > start && t <= end;
    })
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    .slice(0, NEWS_MAX_ITEMS);
}

/** next-sitemap fields of the news sitemap: only articles, each with its news:news entry. */
export function newsSitemapFields(articles: readonly ArticleMeta[], now: Date): ISitemapField[] {
  return selectNewsArticles(articles, now).map((a) => ({
    loc: escapeXml(absoluteUrl(routes.article(a.lang, a.slug))),
    news: { title: a.title, date: new OffsetDate(a.date), publicationName: siteConfig.name, publicationLanguage: a.lang },
  }));
}

/**
 * Google News sitemap. With no article of the last 48 hours it is an empty <urlset>: Google reads
 * that as "nothing new" ("it will not cause any problems with Google Search if the file is empty",
 * Google's news sitemap guide), while listing anything but articles gets the sitemap rejected. It
 * is the one sitemap the sitemaps.org XSD calls invalid (it wants at least one <url>).
 */
export async function buildNewsSitemapXml(articles: readonly ArticleMeta[], now: Date): Promise<string> {
  return renderSitemapXml(newsSitemapFields(articles, now));
}

/** The moment the news sitemap computed at `now` stops being right: the first article leaving the window or a future one entering it. */
export function newsSitemapExpiry(articles: readonly ArticleMeta[], now: Date): number {
  const end = now.getTime();
  let expiry = Infinity;
  for (const a of articles) {
    if (a.status === 'draft') continue;
    const t = Date.parse(a.date);
    if (t > end) expiry = Math.min(expiry, t);
    else if (t + NEWS_WINDOW_MS > end) expiry = Math.min(expiry, t + NEWS_WINDOW_MS);
  }
  return expiry;
}

// XML memoised per content index: the index object is replaced exactly when the set of public
// articles changes, so a request never sees a sitemap older than the public set, and an unchanged
// set costs no rebuild. Promises are stored so concurrent first requests share one build.
interface SitemapCache {
  files?: Map<string, SitemapFile>;
  index?: Promise<string>;
  xml: Map<string, Promise<string>>;
  news?: { from: number; until: number; xml: Promise<string> };
}

const caches = new WeakMap<ContentIndex, SitemapCache>();

function cache(): SitemapCache {
  const index = getContentIndex();
  let entry = caches.get(index);
  if (!entry) {
    entry = { xml: new Map() };
    caches.set(index, entry);
  }
  return entry;
}

function files(c: SitemapCache): Map<string, SitemapFile> {
  c.files ??= new Map(planSitemapFiles(getPublicPages()).map((f) => [f.name, f]));
  return c.files;
}

/** /sitemap.xml: the index of the current sitemap files. */
export function currentSitemapIndexXml(): Promise<string> {
  const c = cache();
  c.index ??= renderSitemapIndexXml([...files(c).values()]);
  return c.index;
}

/** One current sitemap file by name ("articles-2"), or undefined when there is no such file. */
export function currentSitemapFileXml(name: string): Promise<string> | undefined {
  const c = cache();
  const file = files(c).get(name);
  if (!file) return undefined;
  let xml = c.xml.get(name);
  if (!xml) {
    xml = renderSitemapXml(file.fields);
    c.xml.set(name, xml);
  }
  return xml;
}

/** /news-sitemap.xml at `now`: rebuilt when the public set changes or an article enters or leaves the 48-hour window. */
export function currentNewsSitemapXml(now = new Date()): Promise<string> {
  const c = cache();
  const t = now.getTime();
  if (c.news && t >= c.news.from && t < c.news.until) return c.news.xml;
  const articles = locales.flatMap((l) => getAllArticles(l));
  const xml = buildNewsSitemapXml(articles, now);
  c.news = { from: t, until: newsSitemapExpiry(articles, now), xml };
  return xml;
}
