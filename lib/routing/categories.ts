import { getContentIndex, type Category } from '@/lib/content';
import type { Locale } from '@/lib/i18n/settings';

/*
 * Categories have one id (the file name in content/categories/, used in front matter) and a URL slug
 * per language (`slugs` in the same file; the id where none is given): /de/category/forschung and
 * /en/category/research are the same category.
 */

/** The category's URL slug in a language. */
export function localizedCategorySlug(category: Pick<Category, 'slug' | 'slugs'>, lang: Locale): string {
  return category.slugs?.[lang] ?? category.slug;
}

/** URL slug of the category with this id in a language; an unknown id is returned as it is. */
export function categorySlugFor(lang: Locale, id: string): string {
  const category = getContentIndex().categories.get(id);
  return category ? localizedCategorySlug(category, lang) : id;
}

/** The id of the category whose URL slug in `lang` is `slug`, or undefined (another language's slug is not an answer). */
export function categoryIdFromSlug(lang: Locale, slug: string): string | undefined {
  for (const category of getContentIndex().categories.values()) {
    if (localizedCategorySlug(category, lang) === slug) return category.slug;
  }
  return undefined;
}
