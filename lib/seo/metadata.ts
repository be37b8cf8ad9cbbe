import type { Metadata } from 'next';
import { getAuthor, getCategory, type ArticleMeta } from '@/lib/content';
import { locales, ogLocales, defaultLocale, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { absoluteUrl, siteConfig } from '@/lib/site';
import { getT } from '@/lib/i18n/server';
import { siteDescription } from '@/lib/seo/copy';

type Languages = Partial<Record<Locale | 'x-default', string>>;

/**
 * hreflang map with absolute URLs: every language version plus x-default (the German version,
 * else the first one). Returns undefined for a page without a translation, because an hreflang
 * set that only names the page itself says nothing.
 */
export function buildLanguageAlternates(versions: Partial<Record<Locale, string>>): Languages | undefined {
  const present = locales.filter((l) => versions[l] !== undefined);
  if (present.length < 2) return undefined;
  const languages: Languages = {};
  for (const l of present) languages[l] = absoluteUrl(versions[l] as string);
  const fallback = versions[defaultLocale] ?? versions[present[0] as Locale];
  languages['x-default'] = absoluteUrl(fallback as string);
  return languages;
}

/** The Open Graph image of pages without their own: public/og-default.png (1200×630). */
export const defaultOgImage = { url: siteConfig.defaultOgImage, width: 1200, height: 630, type: 'image/png' } as const;

/** Site-wide defaults for the root layout: metadataBase, title template, feed autodiscovery, icons. */
export function buildRootMetadata(lang: Locale): Metadata {
  const description = siteDescription(lang);
  return {
    metadataBase: new URL(siteConfig.url),
    title: { default: siteConfig.name, template: `%s | ${siteConfig.name}` },
    description,
    applicationName: siteConfig.name,
    alternates: {
      types: {
        'application/rss+xml': [{ url: routes.rss(lang), title: `${siteConfig.name} (RSS)` }],
        'application/atom+xml': [{ url: routes.atom(lang), title: `${siteConfig.name} (Atom)` }],
      },
    },
    icons: { icon: { url: siteConfig.organization.icon, type: 'image/svg+xml' }, apple: siteConfig.organization.logo },
    openGraph: {
      siteName: siteConfig.name,
      locale: ogLocales[lang],
      type: 'website',
      description,
      images: [defaultOgImage],
    },
    twitter: { card: 'summary_large_image' },
  };
}

export interface PageMetadataInput {
  lang: Locale;
  /** Site path of the page, e.g. routes.category(lang, slug); becomes the canonical URL. */
  path: string;
  /** Page title without the brand (the root template appends it); omit for the brand alone. */
  title?: string;
  description?: string;
  /** Paths of this page in other languages; pass only versions that exist. */
  alternates?: Partial<Record<Locale, string>>;
  /** Search results, 404 and similar pages stay out of the index (but links are followed). */
  noindex?: boolean;
  /** Absolute or site-relative image URL; defaults to og-default.png. */
  ogImage?: string;
  /** Extra feeds to advertise (category pages), besides the language's main feeds. */
  feeds?: { rss: string; atom: string; title: string };
  /** Numbered listing pages: "Seite 2 von 3" is added to the description, so no two pages share one. */
  page?: { number: number; count: number };
}

/** Longest meta description search engines show in full; longer text is cut at a word. */
export const DESCRIPTION_MAX = 160;

/** `text` shortened to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function fitDescription(text: string, max = DESCRIPTION_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Feed autodiscovery links of a language; repeated here because `alternates` replaces the layout's. */
function feedTypes(lang: Locale, extra?: { rss: string; atom: string; title: string }) {
  const rss = [{ url: routes.rss(lang), title: `${siteConfig.name} (RSS)` }];
  const atom = [{ url: routes.atom(lang), title: `${siteConfig.name} (Atom)` }];
  if (extra) {
    rss.push({ url: extra.rss, title: `${extra.title} (RSS)` });
    atom.push({ url: extra.atom, title: `${extra.title} (Atom)` });
  }
  return { 'application/rss+xml': rss, 'application/atom+xml': atom };
}

/** Metadata of a listing, legal or utility page: canonical, hreflang, Open Graph, Twitter, robots. */
export function buildPageMetadata(input: PageMetadataInput): Metadata {
  const { lang, path, title, noindex = false, page } = input;
  const base = input.description ?? siteDescription(lang);
  const suffix = page && page.number > 1 ? ` – ${getT(lang, 'pages')('pagination.pageOf', { page: page.number, count: page.count })}` : '';
  const description = fitDescription(base, DESCRIPTION_MAX - suffix.length) + suffix;
  const versions: Partial<Record<Locale, string>> = { ...input.alternates, [lang]: path };
  const languages = buildLanguageAlternates(versions);
  // Social networks do not render SVG previews (author avatars are SVG): fall back to the default card.
  const image = input.ogImage && !/\.svg(?:$|\?)/i.test(input.ogImage) ? { url: input.ogImage } : defaultOgImage;
  const ogTitle = title ?? siteConfig.name;
  return {
    ...(title !== undefined ? { title } : {}),
    description,
    alternates: {
      canonical: absoluteUrl(path),
      ...(languages ? { languages } : {}),
      types: feedTypes(lang, input.feeds),
    },
    openGraph: {
      type: 'website',
      siteName: siteConfig.name,
      url: absoluteUrl(path),
      title: ogTitle,
      description,
      locale: ogLocales[lang],
      alternateLocale: locales.filter((l) => l !== lang && versions[l] !== undefined).map((l) => ogLocales[l]),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: ogTitle, description, images: [image.url] },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Path of an article's generated share image (app/[lang]/articles/[slug]/opengraph-image.tsx). */
export function articleOgImagePath(article: Pick<ArticleMeta, 'lang' | 'slug'>): string {
  return `${routes.article(article.lang, article.slug)}/opengraph-image`;
}

/** Metadata of an article: NewsArticle-style Open Graph, hreflang to its translations, share image. */
export function buildArticleMetadata(article: ArticleMeta, translations: ArticleMeta[]): Metadata {
  const path = routes.article(article.lang, article.slug);
  const versions: Partial<Record<Locale, string>> = { [article.lang]: path };
  for (const t of translations) if (t.lang !== article.lang) versions[t.lang] = routes.article(t.lang, t.slug);
  const languages = buildLanguageAlternates(versions);
  const category = getCategory(article.category);
  const section = category?.name[article.lang];
  const image = { url: articleOgImagePath(article), width: 1200, height: 630, type: 'image/png', alt: article.title };
  const authors = article.authors.map((slug) => absoluteUrl(routes.author(article.lang, slug)));
  const authorNames = article.authors.map((slug) => getAuthor(slug)?.name ?? slug);
  return {
    title: article.title,
    description: article.description,
    authors: article.authors.map((slug, i) => ({ name: authorNames[i], url: authors[i] })),
    keywords: article.tags.map((t) => t.label),
    alternates: {
      canonical: absoluteUrl(path),
      ...(languages ? { languages } : {}),
      types: feedTypes(
        article.lang,
        category
          ? { rss: routes.categoryRss(article.lang, category.slug), atom: routes.categoryAtom(article.lang, category.slug), title: `${siteConfig.name}: ${section}` }
          : undefined,
      ),
    },
    openGraph: {
      type: 'article',
      siteName: siteConfig.name,
      url: absoluteUrl(path),
      title: article.title,
      description: article.description,
      locale: ogLocales[article.lang],
      alternateLocale: Object.keys(versions)
        .filter((l): l is Locale => l !== article.lang)
        .map((l) => ogLocales[l]),
      publishedTime: article.date,
      modifiedTime: article.updated ?? article.date,
      authors,
      ...(section ? { section } : {}),
      tags: article.tags.map((t) => t.label),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.description, images: [image.url] },
  };
}
