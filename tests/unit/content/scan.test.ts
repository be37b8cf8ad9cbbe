import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content/markdown';
import { scanMarkdown } from '@/lib/content/scan';

// The check and the search index read bodies with the scanner, pages render them with remark:
// both must see the same words and the same level-1 headings.
const cases: Record<string, string> = {
  'atx h1': '# Titel\n\nText',
  'setext h1': 'Titel\n=====\n\nText',
  'h1 in a list item': '- # Titel\n- Punkt',
  'h1 in a quote': '> # Titel',
  'hash in code fence is no heading': '```\n# kein Titel\n```\n\nText',
  'indented code': '    # kein Titel\n\nText',
  'h2 only': '## Abschnitt\n\nText mit **fett** und _kursiv_ und `code`.',
  'links and images': 'Ein [Link](https://example.com "t") und ![Alt-Text](/images/x.png) und <https://example.org>.',
  'entities': 'A &amp; B &lt;C&gt; &#228; &auml;',
  'raw html is dropped': 'Vor <span class="x">Mitte</span> nach\n\n<div>\nBlock\n</div>\n\nEnde',
  'table': '| Kopf | Wert |\n|---|---|\n| a | 1 |\n| b | 2 |',
  'strikethrough': 'Das ist ~~alt~~ neu.',
  'nested list': '1. Eins\n   - Unterpunkt mit *Betonung*\n2. Zwei',
  'escaped characters': 'Kein \\*Stern\\* und 5 \\# Raute',
};

describe('scanMarkdown', () => {
  for (const [name, markdown] of Object.entries(cases)) {
    it(`agrees with the remark renderer: ${name}`, () => {
      const rendered = renderMarkdown(markdown);
      expect(scanMarkdown(markdown)).toEqual({ text: rendered.text, h1Count: rendered.h1Count });
    });
  }

  it('keeps words apart at a hard line break (remark\'s plain text would fuse them)', () => {
    expect(scanMarkdown('Zeile eins  \nZeile zwei\\\nZeile drei').text).toBe('Zeile eins Zeile zwei Zeile drei');
  });

  it('agrees with the remark renderer on every shipped article', () => {
    const dir = path.resolve('content/articles');
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const body = matter(fs.readFileSync(path.join(dir, file), 'utf8')).content;
      const rendered = renderMarkdown(body);
      expect(scanMarkdown(body), file).toEqual({ text: rendered.text, h1Count: rendered.h1Count });
    }
  });
});
