import type { ArticleMeta, Author, Category } from '@/lib/content/types';
import { localeTags, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { absoluteUrl, siteConfig } from '@/lib/site';
import { articleOgImagePath } from '@/lib/seo/metadata';
import { siteDescription } from '@/lib/seo/copy';

// Small local schema.org shapes: enough for type safety without the schema-dts dependency.
type Context = { '@context': 'https://schema.org' };

export interface ImageObjectLd {
  '@type': 'ImageObject';
  url: string;
  width?: number;
  height?: number;
}

export interface PersonLd {
  '@type': 'Person';
  name: string;
  url: string;
  jobTitle?: string;
  description?: string;
  image?: string;
  sameAs?: string[];
}

export interface OrganizationLd {
  '@type': 'Organization';
  '@id': string;
  name: string;
  legalName?: string;
  url: string;
  logo: ImageObjectLd;
  email?: string;
  sameAs?: string[];
  address?: {
    '@type': 'PostalAddress';
    streetAddress: string;
    postalCode: string;
    addressLocality: string;
    addressCountry: string;
  };
}

export interface NewsArticleLd extends Context {
  '@type': 'NewsArticle';
  headline: string;
  description: string;
  image: string[];
  datePublished: string;
  dateModified: string;
  author: PersonLd[];
  publisher: OrganizationLd;
  mainEntityOfPage: { '@type': 'WebPage'; '@id': string };
  url: string;
  inLanguage: string;
  articleSection: string;
  keywords: string[];
  isAccessibleForFree: true;
}

export interface BreadcrumbListLd extends Context {
  '@type': 'BreadcrumbList';
  itemListElement: { '@type': 'ListItem'; position: number; name: string; item: string }[];
}

export interface WebSiteLd extends Context {
  '@type': 'WebSite';
  '@id': string;
  name: string;
  url: string;
  description: string;
  inLanguage: string;
  publisher: { '@id': string };
  potentialAction: {
    '@type': 'SearchAction';
    target: { '@type': 'EntryPoint'; urlTemplate: string };
    'query-input': string;
  };
}

export interface ProfilePageLd extends Context {
  '@type': 'ProfilePage';
  url: string;
  inLanguage: string;
  mainEntity: PersonLd;
}

const CONTEXT = 'https://schema.org' as const;
const LOGO_SIZE = 512;

function organizationNode(): OrganizationLd {
  const org = siteConfig.organization;
  return {
    '@type': 'Organization',
    '@id': `${siteConfig.url}/#organization`,
    name: siteConfig.name,
    legalName: org.legalName,
    url: siteConfig.url,
    logo: { '@type': 'ImageObject', url: absoluteUrl(org.logo), width: LOGO_SIZE, height: LOGO_SIZE },
    email: org.email,
    sameAs: siteConfig.social.map((s) => s.url),
    address: {
      '@type': 'PostalAddress',
      streetAddress: org.address.street,
      postalCode: org.address.postalCode,
      addressLocality: org.address.city,
      addressCountry: 'DE',
    },
  };
}

function personNode(author: Author, lang: Locale, detailed = false): PersonLd {
  const person: PersonLd = { '@type': 'Person', name: author.name, url: absoluteUrl(routes.author(lang, author.slug)) };
  if (!detailed) return person;
  return {
    ...person,
    jobTitle: author.role[lang],
    description: author.bio[lang],
    ...(author.avatar ? { image: absoluteUrl(author.avatar) } : {}),
    ...(author.social.length > 0 ? { sameAs: author.social.map((s) => s.url) } : {}),
  };
}

/** NewsArticle following Google's article guidelines: every author a Person with a profile URL. */
export function articleJsonLd(article: ArticleMeta, authors: Author[], category: Category): NewsArticleLd {
  const url = absoluteUrl(routes.article(article.lang, article.slug));
  // Google prefers several aspect ratios; the cover (when present) plus the 1200×630 share image.
  const image = [...(article.cover ? [absoluteUrl(article.cover.src)] : []), absoluteUrl(articleOgImagePath(article))];
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    image,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    author: authors.map((a) => personNode(a, article.lang)),
    publisher: organizationNode(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: localeTags[article.lang],
    articleSection: category.name[article.lang],
    keywords: article.tags.map((t) => t.label),
    isAccessibleForFree: true,
  };
}

/** BreadcrumbList from the home page down to the current page (paths become absolute URLs). */
export function breadcrumbJsonLd(items: { name: string; path: string }[]): BreadcrumbListLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: absoluteUrl(item.path) })),
  };
}

/** The publisher, for the home page. */
export function organizationJsonLd(): OrganizationLd & Context {
  return { '@context': CONTEXT, ...organizationNode() };
}

/** WebSite with a SearchAction pointing at the language's search page, for the home page. */
export function websiteJsonLd(lang: Locale): WebSiteLd {
  const home = absoluteUrl(routes.home(lang));
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': `${home}#website`,
    name: siteConfig.name,
    url: home,
    description: siteDescription(lang),
    inLanguage: localeTags[lang],
    publisher: { '@id': `${siteConfig.url}/#organization` },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(routes.search(lang))}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** ProfilePage for an author page, with the author as its main entity. */
export function profilePageJsonLd(author: Author, lang: Locale): ProfilePageLd {
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    url: absoluteUrl(routes.author(lang, author.slug)),
    inLanguage: localeTags[lang],
    mainEntity: personNode(author, lang, true),
  };
}

/**
 * JSON for a <script type="application/ld+json">. Escaping "<" keeps a value such as
 * "</script><script>…" from closing the tag early: the browser never sees a literal "<".
 */
export function serializeJsonLd(data: object | object[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
