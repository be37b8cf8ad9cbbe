import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, searchIndex, serialiseSearchIndex, typoCandidates } from '@/lib/search/engine';
import { englishCorpus, germanCorpus } from '@/tests/fixtures/search/corpus';

const de = buildSearchIndex(germanCorpus);
const en = buildSearchIndex(englishCorpus);

const top = (index: typeof de, query: string) => searchIndex(index, query).hits[0]?.id;

describe('ranking: expected top result', () => {
  it.each([
    ['Klarna', 'klarna-ki-assistent-kundenservice'],
    ['Klrana', 'klarna-ki-assistent-kundenservice'],
    ['KLARNA', 'klarna-ki-assistent-kundenservice'],
    ['kuenstliche intelligenz', 'klarna-ki-assistent-kundenservice'],
    ['KUNDENSERV', 'klarna-ki-assistent-kundenservice'],
    ['service', 'klarna-ki-assistent-kundenservice'],
    ['Wettervorhersage', 'nvidia-earth-2-wetter'],
    ['wettervorhersgae', 'nvidia-earth-2-wetter'],
    ['Muenchen', 'muenchen-rechenzentrum'],
    ['munchen rechenzentrum', 'muenchen-rechenzentrum'],
    ['Strasse', 'strassenverkehr-autonom'],
    ['Bussgeld', 'eu-ai-act-pflichten'],
    ['quantencomputr', 'quantencomputer-durchbruch'],
    ['Datenschutzkonferenz', 'datenschutz-chatbots'],
    ['Mittelstand', 'mittelstand-ki-strategie'],
    ['Hartmann Klarna', 'klarna-ki-assistent-kundenservice'],
    ['Klarna Zahlungsdienstleister xylophon', 'klarna-ki-assistent-kundenservice'],
  ])('de: %s → %s', (query, expected) => {
    expect(top(de, query)).toBe(expected);
  });

  it.each([
    ['Klarna', 'klarna-ai-assistant-customer-service'],
    ['Klrana', 'klarna-ai-assistant-customer-service'],
    ['customer serv', 'klarna-ai-assistant-customer-service'],
    ['weather forecast', 'nvidia-earth-2-weather'],
    ['München', 'munich-data-centre'],
    ['Munchen', 'munich-data-centre'],
    ['quantum', 'quantum-error-correction'],
    ['regulaton fines', 'eu-ai-act-obligations'],
  ])('en: %s → %s', (query, expected) => {
    expect(top(en, query)).toBe(expected);
  });
});

describe('ranking: field weights', () => {
  it('ranks a title/key-fact match above a body-only match', () => {
    // Both mention "Kundenservice"; only the Klarna article has it in title, key facts and tags.
    const ids = searchIndex(de, 'Kundenservice').hits.map((h) => h.id);
    expect(ids).toEqual(['klarna-ki-assistent-kundenservice', 'ki-im-gesundheitswesen']);
  });

  it('ranks a key-fact match above the same word in the body only', () => {
    const docs = [
      { ...germanCorpus[3]!, id: 'body-only', title: 'Ein Bericht', keyFacts: 'Ort: Berlin', tags: '', body: 'Im Text steht Rechenkapazität einmal.' },
      { ...germanCorpus[3]!, id: 'key-fact', title: 'Ein Bericht', keyFacts: 'Thema: Rechenkapazität', tags: '', body: 'Im Text steht nichts dazu.' },
    ].map((d) => ({ ...d, description: 'Eine Meldung ohne das Suchwort.' }));
    const ids = searchIndex(buildSearchIndex(docs), 'Rechenkapazität').hits.map((h) => h.id);
    expect(ids).toEqual(['key-fact', 'body-only']);
  });

  it('does not apply typo tolerance to short words', () => {
    // "Kalr" is four letters: no fuzzy match for "Klar…".
    expect(searchIndex(de, 'Kalr').total).toBe(0);
  });

  it('returns nothing for a word that is nowhere', () => {
    expect(searchIndex(de, 'Zwetschgenkuchen').total).toBe(0);
  });
});

describe('pagination', () => {
  it('splits results into pages and reports totals', () => {
    const first = searchIndex(de, 'Unternehmen', { perPage: 3 });
    expect(first.total).toBeGreaterThan(3);
    expect(first.hits).toHaveLength(3);
    expect(first.pageCount).toBe(Math.ceil(first.total / 3));
    const second = searchIndex(de, 'Unternehmen', { page: 2, perPage: 3 });
    expect(second.hits.map((h) => h.id)).not.toContain(first.hits[0]?.id);
    expect(searchIndex(de, 'Unternehmen', { page: 99, perPage: 3 }).hits).toEqual([]);
  });
});

describe('common-terms cut-off (large corpora)', () => {
  // 600 articles that all say "Unternehmen" in the body; only a few are about it in the title.
  const filler = Array.from({ length: 600 }, (_, i) => ({
    ...germanCorpus[5]!,
    id: `filler-${i}`,
    title: i < 5 ? `Unternehmen Nummer ${i}` : `Meldung Nummer ${i}`,
    description: 'Eine kurze Meldung aus der Wirtschaft für die Übersicht.',
    keyFacts: 'Ort: Berlin',
    tags: 'Wirtschaft',
    body: 'Viele Unternehmen berichten von neuen Projekten.',
  }));
  const klarna = { ...germanCorpus[0]!, body: 'Klarna setzt auf einen Assistenten.' };
  const index = buildSearchIndex([...filler, klarna]);

  it('answers a query of only common words from the topic fields', () => {
    const result = searchIndex(index, 'Unternehmen');
    expect(result.total).toBe(5);
    expect(result.hits.every((h) => h.id.startsWith('filler-') && Number(h.id.slice(7)) < 5)).toBe(true);
  });

  it('falls back to key facts, then all fields, when no title has the common words', () => {
    // "Berlin" is in every filler's key facts, never in a title or tag.
    expect(searchIndex(index, 'Berlin').total).toBe(600);
    // "Projekten" is only in the bodies.
    expect(searchIndex(index, 'Projekten').total).toBe(600);
  });

  it('does not let a common word veto a rare one, and still highlights it', () => {
    // This Klarna article does not contain "Unternehmen": plain AND would find nothing and the
    // OR fallback would list all 600 others.
    const result = searchIndex(index, 'Klarna Unternehmen');
    expect(result.hits.map((h) => h.id)).toEqual(['klarna-ki-assistent-kundenservice']);
    const filler0 = searchIndex(index, 'Unternehmen Nummer').hits.find((h) => h.id === 'filler-0');
    expect(filler0?.title).toContainEqual({ text: 'Unternehmen', hit: true });
  });
});

describe('large indexes: bounded passes', () => {
  // 600 articles: every one says "weiter", a few "wetten"; the common-terms cut-off applies from 500.
  const docs = Array.from({ length: 600 }, (_, i) => ({
    ...germanCorpus[0]!,
    id: `a${i}`,
    title: `Meldung ${i}`,
    description: 'Es geht weiter.',
    keyFacts: '',
    tags: '',
    body: i < 3 ? 'Wetten auf Modelle.' : 'Nichts Neues.',
  }));
  const index = buildSearchIndex(docs);

  it('corrects a typo to a rare word, never to a word nearly every article has', () => {
    expect(typoCandidates(index, 'wetter')).toEqual(['wetten']);
    expect(searchIndex(index, 'wetter').total).toBe(3);
  });

  it('finds the words a typo may stand for, also as the beginning of a longer word', () => {
    expect(typoCandidates(de, 'wettervorhersga')).toContain('wettervorhersage');
    expect(typoCandidates(de, 'klrana')).toContain('klarna');
  });

  it('skips the title and tag steps for very common words that none of those fields has', () => {
    // "weiter" (every description) and "nichts" (597 bodies) are both common; neither is in a title,
    // key facts or tags, so only the all-fields step can match: the narrower ones are not run.
    const search = vi.spyOn(index.mini, 'search');
    try {
      expect(searchIndex(index, 'weiter nichts').total).toBe(597);
      expect(search).toHaveBeenCalledTimes(1);
      search.mockClear();
      expect(searchIndex(index, 'Meldung weiter').total).toBe(600);
      expect(search).toHaveBeenCalledTimes(1);
    } finally {
      search.mockRestore();
    }
  });

  it('answers the same from a prepared index as from the one it was prepared from', async () => {
    const prepared = await loadSearchIndex(serialiseSearchIndex(de), { docs: de.docs, body: de.body });
    for (const query of ['Klarna', 'service', 'Klrana', 'wettervorhersgae', 'Hartmann Klarna', 'KUNDENSERV']) {
      expect(searchIndex(prepared, query)).toEqual(searchIndex(de, query));
    }
    expect(prepared.fieldTerms).toEqual(de.fieldTerms);
    expect(de.fieldTerms.title.has('klarna')).toBe(true);
  });
});
