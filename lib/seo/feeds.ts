import { Feed, type Item } from 'feed';
import { getAllArticles, getArticle, getAuthor, getCategory, type ArticleMeta } from '@/lib/content';
import type { Article, Category } from '@/lib/content/types';
import { localeTags, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { absoluteUrl, siteConfig } from '@/lib/site';
import { lookupCopy, siteDescription, siteTagline } from '@/lib/seo/copy';
import { modifiedAt, newestModified } from '@/lib/seo/pages';

/** Feeds carry the newest articles only; readers keep older items themselves. */
export const FEED_ITEM_LIMIT = 50;

export type FeedFormat = 'rss' | 'atom';

export interface FeedScope {
  lang: Locale;
  /** Category slug for a category feed; omitted for the language's main feed. */
  category?: string;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Feed readers resolve relative links against the feed, not the page: make site paths absolute. */
function absolutiseLinks(html: string): string {
  return html.replace(/(\s(?:src|href))="\/(?!\/)/g, (_m, attr: string) => `${attr}="${siteConfig.url}/`);
}

/**
 * The full article for a feed reader, key facts first: lead, the key-facts list, the body and the
 * original source. Front-matter text is escaped here; the body is the already sanitised HTML.
 */
export function buildFeedContent(article: Article): string {
  const parts: string[] = [];
  if (article.lead) parts.push(`<p><strong>${escapeHtml(article.lead)}</strong></p>`);
  if (article.keyFacts.length > 0) {
    const heading = lookupCopy(article.lang, 'article', 'keyFacts.title') ?? lookupCopy(article.lang, 'article', 'keyFacts.heading');
    if (heading) parts.push(`<h2>${escapeHtml(heading)}</h2>`);
    parts.push(`<ul>${article.keyFacts.map((f) => `<li><strong>${escapeHtml(f.label)}:</strong> ${escapeHtml(f.text)}</li>`).join('')}</ul>`);
  }
  parts.push(absolutiseLinks(article.html));
  if (article.source) {
    const label = lookupCopy(article.lang, 'article', 'source.text');
    const link = `<a href="${escapeHtml(article.source.url)}">${escapeHtml(article.source.title)}</a>`;
    parts.push(`<p>${label ? `${escapeHtml(label)} ` : ''}${link}</p>`);
  }
  return parts.join('\n');
}

function feedTitle(lang: Locale, category?: Category): string {
  if (category) return `${siteConfig.name}: ${category.name[lang]}`;
  const tagline = siteTagline(lang);
  return tagline ? `${siteConfig.name} – ${tagline}` : siteConfig.name;
}

function feedPaths(scope: FeedScope): Record<FeedFormat, string> {
  return scope.category
    ? { rss: routes.categoryRss(scope.lang, scope.category), atom: routes.categoryAtom(scope.lang, scope.category) }
    : { rss: routes.rss(scope.lang), atom: routes.atom(scope.lang) };
}

/** The articles a feed lists, newest first. */
export function feedArticles(scope: FeedScope): ArticleMeta[] {
  const all = getAllArticles(scope.lang);
  return (scope.category ? all.filter((a) => a.category === scope.category) : all).slice(0, FEED_ITEM_LIMIT);
}

function toItem(meta: ArticleMeta, format: FeedFormat): Item | undefined {
  const article = getArticle(meta.lang, meta.slug);
  if (!article) return undefined;
  const url = absoluteUrl(routes.article(meta.lang, meta.slug));
  const authors = meta.authors.map((slug) => ({ name: getAuthor(slug)?.name ?? slug, link: absoluteUrl(routes.author(meta.lang, slug)) }));
  const category = getCategory(meta.category);
  return {
    title: meta.title,
    id: url,
    link: url,
    date: new Date(modifiedAt(meta)),
    published: new Date(meta.date),
    description: meta.description,
    content: buildFeedContent(article),
    category: [
      ...(category ? [{ name: category.name[meta.lang], domain: absoluteUrl(routes.category(meta.lang, category.slug)), term: category.slug }] : []),
      ...meta.tags.map((t) => ({ name: t.label, term: t.slug })),
    ],
    // RSS <author> must be an e-mail address, so RSS names authors with Dublin Core instead.
    ...(format === 'atom'
      ? { author: authors }
      : { extensions: [{ name: 'dc:creator', objects: { _text: authors.map((a) => a.name).join(', ') } }] }),
  };
}

/** An RSS 2.0 or Atom 1.0 document for a language or a category, with full content and a self link. */
export function buildFeed(scope: FeedScope, format: FeedFormat): string {
  const category = scope.category ? getCategory(scope.category) : undefined;
  const paths = feedPaths(scope);
  const articles = feedArticles(scope);
  // <updated>/<lastBuildDate> come from the content so an unchanged site yields an unchanged feed.
  const updated = newestModified(articles) ?? newestModified(getAllArticles(scope.lang));
  const feed = new Feed({
    id: absoluteUrl(paths[format]),
    title: feedTitle(scope.lang, category),
    description: category ? category.description[scope.lang] : siteDescription(scope.lang),
    link: absoluteUrl(category ? routes.category(scope.lang, category.slug) : routes.home(scope.lang)),
    language: localeTags[scope.lang],
    image: absoluteUrl(siteConfig.organization.logo),
    favicon: absoluteUrl(siteConfig.organization.logo),
    copyright: siteConfig.organization.legalName,
    ...(updated ? { updated: new Date(updated) } : {}),
    feedLinks: { rss: absoluteUrl(paths.rss), atom: absoluteUrl(paths.atom) },
    generator: siteConfig.name,
  });
  for (const meta of articles) {
    const item = toItem(meta, format);
    if (item) feed.addItem(item);
  }
  if (format === 'rss') return feed.rss2();
  // The feed library does not write the language into Atom; xml:lang on the root carries it.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${localeTags[scope.lang]}">`);
}

/** Response for a feed route handler. */
export function feedResponse(scope: FeedScope, format: FeedFormat): Response {
  const type = format === 'rss' ? 'application/rss+xml' : 'application/atom+xml';
  return new Response(buildFeed(scope, format), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
