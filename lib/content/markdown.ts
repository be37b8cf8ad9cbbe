import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { defaultSchema } from 'hast-util-sanitize';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { Heading } from '@/lib/content/types';
import { MATTER_OPTIONS } from '@/lib/content/load';

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

/**
 * The rendered body of an article, read from its Markdown file when a page needs it (the check
 * and the index hold only metadata). `root` is the folder that holds the content folder, the base
 * of `ArticleMeta.file`.
 */
export function readArticleBody(root: string, file: string): RenderedMarkdown {
  const raw = fs.readFileSync(path.join(/*turbopackIgnore: true*/ root, file), 'utf8');
  return renderMarkdown(matter(raw, MATTER_OPTIONS).content);
}
