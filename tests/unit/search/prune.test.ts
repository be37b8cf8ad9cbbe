import { describe, expect, it } from 'vitest';
import { BODY_TERMS_KEPT, pruneBodies } from '@/lib/search/compile';
import { processTerm } from '@/lib/search/normalize';
import type { SearchDocument } from '@/lib/search/types';

const doc = (id: string, body: string): SearchDocument => ({ id, title: id, description: '', keyFacts: '', body, tags: '', category: '', author: '', date: '2026-01-01T00:00:00Z', categorySlug: 'x' });

describe('pruneBodies (large archives index each body by its most distinctive words)', () => {
  const filler = Array.from({ length: BODY_TERMS_KEPT + 40 }, (_, i) => `wort${i}`).join(' ');
  const docs = [doc('a', `${filler} quantenrechner quantenrechner`), ...Array.from({ length: 5 }, (_, i) => doc(`b${i}`, filler))];
  const { documents, bodyFrequency } = pruneBodies(docs);

  it('keeps a word only this article has, as often as it occurs, and drops words every article has', () => {
    const terms = documents[0]!.body.trim().split(' ');
    expect(terms.filter((t) => t === 'quantenrechner')).toHaveLength(2);
    expect(new Set(terms).size).toBe(BODY_TERMS_KEPT);
  });

  it('counts document frequency before pruning, so common words stay known as common', () => {
    expect(bodyFrequency.get('wort1')).toBe(6);
    expect(bodyFrequency.get('quantenrechner')).toBe(1);
  });

  it('leaves short bodies untouched', () => {
    const short = doc('c', 'Ein kurzer Text');
    expect(pruneBodies([short]).documents[0]).toBe(short);
  });

  it('writes index terms that the index reads back unchanged', () => {
    for (const term of documents[0]!.body.trim().split(' ')) expect(processTerm(term)).toBe(term);
  });
});
