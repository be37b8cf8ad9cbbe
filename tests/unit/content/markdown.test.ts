import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content/markdown';
import { countWords, readingMinutes } from '@/lib/content/words';

describe('renderMarkdown sanitising', () => {
  const payloads: [name: string, markdown: string, forbidden: RegExp][] = [
    ['script tag', 'Text <script>alert(1)</script>', /<script/i],
    ['event attribute on raw img', '<img src="x" onerror="alert(1)">', /onerror|<img/i],
    ['javascript: link', '[klick](javascript:alert(document.cookie))', /javascript:/i],
    ['encoded javascript: link', '[klick](jav&#x09;ascript:alert(1))', /javascript|&#x09;/i],
    ['data: URL link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', /data:text\/html/i],
    ['iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['svg with onload', '<svg onload="alert(1)"><circle r="1"/></svg>', /<svg|onload/i],
    ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>', /style=|javascript:/i],
    ['javascript: image', '![x](javascript:alert(1))', /javascript:/i],
  ];

  it.each(payloads)('removes %s', (_name, markdown, forbidden) => {
    expect(renderMarkdown(markdown).html).not.toMatch(forbidden);
  });

  it('keeps safe Markdown: links, emphasis, lists, tables', () => {
    const { html } = renderMarkdown('**fett** und [Link](https://example.com)\n\n- eins\n- zwei\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<strong>fett</strong>');
    expect(html).toContain('<a href="https://example.com">Link</a>');
    expect(html).toContain('<li>eins</li>');
    expect(html).toContain('<td>1</td>');
  });
});

describe('heading ids', () => {
  it('gives headings GitHub-style ids, unique per document, usable by in-page links', () => {
    const { html, headings } = renderMarkdown('## Über Klarna\n\n## Fazit\n\n## Fazit\n\n[zum Fazit](#fazit)');
    expect(headings).toEqual([
      { id: 'über-klarna', text: 'Über Klarna', depth: 2 },
      { id: 'fazit', text: 'Fazit', depth: 2 },
      { id: 'fazit-1', text: 'Fazit', depth: 2 },
    ]);
    expect(html).toContain('<h2 id="fazit">Fazit</h2>');
    expect(html).toContain('<a href="#fazit">zum Fazit</a>');
  });

  it('counts level-1 headings so the loader can reject them', () => {
    expect(renderMarkdown('# Titel\n\nText').h1Count).toBe(1);
  });
});

describe('reading time', () => {
  it('counts words across blocks without gluing them together', () => {
    const { text } = renderMarkdown('## Titel\n\nErster Absatz.\n\n| a | b |\n|---|---|\n| eins | zwei |');
    expect(countWords(text)).toBe(7);
  });

  it('uses a slower pace for German than for English and never says 0 minutes', () => {
    expect(readingMinutes(1000, 'de')).toBe(5);
    expect(readingMinutes(1000, 'en')).toBe(4);
    expect(readingMinutes(3, 'de')).toBe(1);
  });
});
