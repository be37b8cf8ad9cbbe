import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex } from '@/lib/search/engine';
import { buildSnippet, highlightAll } from '@/lib/search/snippet';
import type { TextSegment } from '@/lib/search/types';
import { germanCorpus } from '@/tests/fixtures/search/corpus';

const render = (segments: TextSegment[]) => segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');
const isKlarna = (word: string) => word.toLowerCase() === 'klarna';

describe('highlightAll', () => {
  it('keeps the whole text and marks matched words', () => {
    expect(render(highlightAll('Klarna: KI bei Klarna.', isKlarna))).toBe('[Klarna]: KI bei [Klarna].');
  });
});

describe('buildSnippet', () => {
  it('takes a window around the first match, with ellipses where text was cut', () => {
    const body = `${'Wort '.repeat(50)}Hier kommt Klarna vor. ${'Ende '.repeat(50)}`;
    const snippet = render(buildSnippet(['Keine Erwähnung.', '', body], isKlarna));
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet).toContain('Hier kommt [Klarna] vor.');
    expect(snippet.endsWith(' …')).toBe(true);
  });

  it('falls back to the start of the first field without any match', () => {
    expect(render(buildSnippet(['Kurze Beschreibung.', 'Fakten'], () => false))).toBe('Kurze Beschreibung.');
  });
});

describe('search hits', () => {
  it('highlight prefix, typo and umlaut-folded matches in title and snippet', () => {
    const index = buildSearchIndex(germanCorpus);
    const [hit] = searchIndex(index, 'kundenserv').hits;
    expect(render(hit!.title)).toContain('[Kundenservice]');
    const [typo] = searchIndex(index, 'Klrana').hits;
    expect(render(typo!.title)).toContain('[Klarna]');
    const [folded] = searchIndex(index, 'Muenchen').hits;
    expect(render(folded!.title)).toContain('[München]');
  });

  it('returns the query text as plain data, never as markup', () => {
    const index = buildSearchIndex(germanCorpus);
    const result = searchIndex(index, '<img src=x onerror=alert(1)> Klarna');
    for (const hit of result.hits) for (const s of [...hit.title, ...hit.snippet]) expect(s.text).not.toContain('<img');
  });
});
