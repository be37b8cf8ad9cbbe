import type { Article } from '@/lib/content/types';
import { splitCamelCase } from '@/lib/search/normalize';
import { htmlToText } from '@/lib/search/text';
import type { SearchDocument } from '@/lib/search/types';

/** Turns a rendered article into the plain-text document the index stores (pure, no lookups). */
export function articleToSearchDocument(article: Article, names: { category: string; authors: string[] }): SearchDocument {
  return {
    id: article.slug,
    title: article.title,
    description: [article.description, article.lead].filter(Boolean).join(' '),
    keyFacts: article.keyFacts.map((f) => `${f.label}: ${f.text}`).join(' · '),
    body: htmlToText(article.html),
    tags: article.tags.map((t) => `${t.label} ${splitCamelCase(t.label)}`).join(' '),
    category: `${names.category} ${article.category}`,
    author: names.authors.join(' '),
    date: article.date,
    categorySlug: article.category,
  };
}
