import type { Locale } from '@/lib/i18n/settings';
import type { ArticleFrontmatter } from '@/lib/content/schema';

export type PublicationStatus = 'published' | 'draft' | 'scheduled';

export interface Tag {
  /** Hashtag as the editor wrote it ("KünstlicheIntelligenz"). */
  label: string;
  /** URL form ("kuenstlicheintelligenz"). */
  slug: string;
}

export interface KeyFact {
  label: string;
  text: string;
}

export interface Author {
  slug: string;
  name: string;
  role: Record<Locale, string>;
  bio: Record<Locale, string>;
  avatar?: string;
  social: { network: string; url: string }[];
}

export interface Category {
  slug: string;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
  order: number;
  /** URL slug per language where it differs from `slug` (the file name, which stays the id in front matter). */
  slugs?: Partial<Record<Locale, string>>;
}

export interface Heading {
  id: string;
  text: string;
  depth: number;
}

/** A cover image; width and height in pixels come from the image file itself. */
export interface Cover {
  /** Path under public/, e.g. /images/articles/klarna.webp. */
  src: string;
  alt: string;
  width: number;
  height: number;
}

/** What lists, cards, feeds and sitemaps need: front matter plus derived fields, never the body. */
export interface ArticleMeta extends Omit<ArticleFrontmatter, 'date' | 'updated' | 'tags' | 'cover'> {
  lang: Locale;
  slug: string;
  /** ISO 8601 with offset, e.g. 2024-08-28T09:30:00+02:00. */
  date: string;
  updated?: string;
  tags: Tag[];
  cover?: Cover;
  readingMinutes: number;
  wordCount: number;
  status: PublicationStatus;
  /** Path of the source file relative to the content folder. */
  file: string;
}

/** A full article: metadata plus the sanitised HTML body. */
export interface Article extends ArticleMeta {
  html: string;
  headings: Heading[];
}
