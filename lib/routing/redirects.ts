import { getContentIndex, type Category } from '@/lib/content';
import { tagSlug } from '@/lib/content/slug';
import { isLocale, type Locale } from '@/lib/i18n/settings';
import { legalSegments } from '@/lib/routes';
import { localizedCategorySlug } from '@/lib/routing/categories';

/*
 * Old or non-canonical addresses of pages that exist, and where each one now lives. The production
 * server (scripts/serve.mjs, through the page model) and `next dev` ask this before deciding that a
 * path is unknown, so a typed variant of a real page gets one 308 instead of a 404.
 *
 * Contract: pure, synchronous, cheap (called for every page request that is not obviously known);
 * returns the canonical path (with the original query string appended by the caller) or undefined.
 * Its only input besides the path is the list of categories (content/categories/, fixed for the
 * life of a build), read from the memoised content index.
 *
 * What it maps, all in one hop:
 * - a language prefix in capitals: /DE/archive → /de/archive;
 * - the legal pages under the other language's name: /en/impressum → /en/legal-notice, /de/privacy → /de/datenschutz;
 * - a category under an old or other-language slug, also its numbered pages and feeds:
 *   /en/category/forschung → /en/category/research, /de/category/research/2 → /de/category/forschung/2;
 * - a hashtag in another case, with umlauts or percent-encoded: /de/tag/Klarna → /de/tag/klarna,
 *   /de/tag/k%C3%BCnstlicheintelligenz → /de/tag/kuenstlicheintelligenz;
 * - page 1 of a listing: /de/archive/1 → /de/archive, /de/tag/klarna/1 → /de/tag/klarna;
 * - a trailing slash on any of the above.
 * Whether the target exists is the server's question (a hashtag nobody uses stays a 404 there).
 */

type CategorySlugs = Pick<Category, 'slug' | 'slugs'>;

/** Decodes one path segment; undefined when its escapes are not valid UTF-8. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** "1", "01": the first page, which lives at the address without a number. */
const FIRST_PAGE = /^0*1$/;

/** Canonical form of what follows a listing's base path: [] or [page] (page 1 dropped), else undefined. */
function pageTail(tail: string[]): string[] | undefined {
  if (tail.length === 0) return [];
  if (tail.length === 1) return FIRST_PAGE.test(tail[0] ?? '') ? [] : tail;
  return undefined;
}

function canonicalCategory(lang: Locale, rest: string[], categories: Iterable<CategorySlugs>): string[] | undefined {
  const [raw = '', ...tail] = rest;
  const wanted = decodeSegment(raw)?.toLowerCase();
  if (!wanted) return undefined;
  let match: CategorySlugs | undefined;
  for (const c of categories) {
    if (c.slug === wanted || Object.values(c.slugs ?? {}).includes(wanted)) {
      match = c;
      break;
    }
  }
  if (!match) return undefined;
  const feed = tail.length === 1 && (tail[0] === 'feed.xml' || tail[0] === 'atom.xml') ? tail : undefined;
  const after = feed ?? pageTail(tail);
  if (!after) return undefined;
  return ['category', localizedCategorySlug(match, lang), ...after];
}

function canonicalTag(rest: string[]): string[] | undefined {
  const [raw = '', ...tail] = rest;
  const decoded = decodeSegment(raw);
  if (decoded === undefined) return undefined;
  // NFC first: "u" + combining diaeresis (as some systems send "ü") must transliterate to "ue" too.
  const slug = tagSlug(decoded.normalize('NFC'));
  const after = pageTail(tail);
  if (!slug || !after) return undefined;
  return ['tag', slug, ...after];
}

function canonicalRest(lang: Locale, rest: string[], categories: Iterable<CategorySlugs>): string[] | undefined {
  const [head, ...tail] = rest;
  switch (head) {
    case undefined:
      return [];
    case 'impressum':
    case 'legal-notice':
      return tail.length === 0 ? [legalSegments.imprint[lang]] : undefined;
    case 'datenschutz':
    case 'privacy':
      return tail.length === 0 ? [legalSegments.privacy[lang]] : undefined;
    case 'archive': {
      const after = pageTail(tail);
      return after ? ['archive', ...after] : undefined;
    }
    case 'category':
      return canonicalCategory(lang, tail, categories);
    case 'tag':
      return canonicalTag(tail);
    default:
      // Every other page keeps its path; only a capitalised prefix or a trailing slash changes it.
      return rest;
  }
}

/**
 * The canonical path for `pathname` given the site's categories, or undefined when the path is
 * already canonical or is not a variant of a page this site has. Exported for tests and for
 * callers that hold the category list themselves.
 */
export function canonicalPathFor(pathname: string, categories: Iterable<CategorySlugs>): string | undefined {
  if (!pathname.startsWith('/')) return undefined;
  const segments = pathname.split('/').slice(1);
  // One trailing slash ("/de/tag/Klarna/") is folded into the same hop; empty inner segments are not ours.
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  if (segments.some((s) => s === '')) return undefined;
  const [prefix = '', ...rest] = segments;
  const lang = prefix.toLowerCase();
  if (!isLocale(lang)) return undefined;
  const canonical = canonicalRest(lang, rest, categories);
  if (!canonical) return undefined;
  const target = `/${[lang, ...canonical].join('/')}`;
  return target === pathname ? undefined : target;
}

/** Where an old or non-canonical page address now lives (see the top of this file), or undefined. */
export function canonicalRedirect(pathname: string): string | undefined {
  return canonicalPathFor(pathname, getContentIndex().categories.values());
}
