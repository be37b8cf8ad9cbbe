import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { defaultSchema } from 'hast-util-sanitize';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import type { Heading } from '@/lib/content/types';

export interface RenderedMarkdown {
  html: string;
  /** Plain text of the body (for search and reading time). */
  text: string;
  headings: Heading[];
  /** Level-1 headings found in the body: the page title is the only h1. */
  h1Count: number;
}

/** Gives every heading a stable id (GitHub-style slug) and records the outline. */
function remarkHeadingIds(headings: Heading[], counter: { h1: number }) {
  return () => (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'heading', (node) => {
      const text = toString(node);
      if (node.depth === 1) counter.h1 += 1;
      const id = slugger.slug(text);
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      headings.push({ id, text, depth: node.depth });
    });
  };
}

/** Text of every block joined by spaces, so "Titel" and "Text" of adjacent blocks stay two words. */
function plainText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      parts.push(toString(node, { includeHtml: false }));
      return 'skip';
    }
    if (node.type === 'code') parts.push(node.value);
    return undefined;
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/*
 * Sanitising stays on (remark-html's default schema: no raw HTML, no event attributes, no
 * javascript: URLs). Only the id prefix is dropped so in-page links read "#fazit" rather than
 * "#user-content-fazit"; ids come from heading text alone, since raw HTML never survives.
 */
const sanitizeSchema = { ...defaultSchema, clobberPrefix: '' };

/** Renders an article body: GFM, heading ids, sanitised HTML. The only Markdown renderer of the site. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const headings: Heading[] = [];
  const counter = { h1: 0 };
  const processor = remark().use(remarkGfm).use(remarkHeadingIds(headings, counter)).use(remarkHtml, { sanitize: sanitizeSchema });
  const tree = processor.parse(markdown);
  const text = plainText(tree as Root);
  const html = String(processor.stringify(processor.runSync(tree) as Root));
  return { html, text, headings, h1Count: counter.h1 };
}

const WORDS_PER_MINUTE = { de: 200, en: 230 } as const;

/** Reading time in whole minutes (German reads a little slower: longer words). */
export function readingMinutes(wordCount: number, lang: keyof typeof WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE[lang]));
}

/** Counts words of plain text. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}
