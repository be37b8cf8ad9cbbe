import type { ArticleMeta } from '@/lib/content/types';
import { splitCamelCase } from '@/lib/search/normalize';
import type { SearchDocument } from '@/lib/search/types';

/** Turns an article and its body's plain text into the document the index stores (pure, no lookups). */
export function articleToSearchDocument(article: ArticleMeta, body: string, names: { category: string; authors: string[] }): SearchDocument {
  return {
    id: article.slug,
    title: article.title,
    description: [article.description, article.lead].filter(Boolean).join(' '),
    keyFacts: article.keyFacts.map((f) => `${f.label}: ${f.text}`).join(' · '),
    body,
    tags: article.tags.map((t) => `${t.label} ${splitCamelCase(t.label)}`).join(' '),
    category: `${names.category} ${article.category}`,
    author: names.authors.join(' '),
    date: article.date,
    categorySlug: article.category,
  };
}
