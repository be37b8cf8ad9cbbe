import { describe, expect, it } from 'vitest';
import { pickMessages, type MessageSelection } from '@/lib/i18n/client-resources';
import { createClientI18n } from '@/lib/i18n/client';
import { searchMessages } from '@/components/search/search-messages';
import { copyLinkMessages } from '@/components/article/copy-link-messages';
import { untranslatedNoticeMessages } from '@/components/i18n/untranslated-notice-messages';
import { consultingFormMessages } from '@/components/consulting/consulting-form-messages';
import { resources } from '@/lib/i18n/resources';

describe('pickMessages', () => {
  it('copies only the keys and sections asked for, with every plural form of a key', () => {
    const picked = pickMessages('de', { search: ['form.label', 'page.count'], common: ['brand'] });
    expect(picked).toEqual({
      search: { form: { label: 'Beiträge durchsuchen' }, page: { count_one: '{{count, number}} Treffer', count_other: '{{count, number}} Treffer' } },
      common: { brand: resources.de.common.brand },
    });
  });

  it('takes the language asked for', () => {
    expect(pickMessages('en', { search: ['overlay.results'] })).toEqual({ search: { overlay: { results_one: '{{count, number}} result', results_other: '{{count, number}} results' } } });
  });

  it('throws on a path that names nothing (a typo the type check did not see, e.g. from a cast)', () => {
    expect(() => pickMessages('de', { search: ['overlay.nope'] } as unknown as MessageSelection)).toThrow(/search\.json has no "overlay\.nope"/);
  });

  it('is checked by the compiler against the German files', () => {
    // @ts-expect-error misspelled key
    const wrong: MessageSelection = { search: ['overlay.resluts'] };
    // @ts-expect-error plural keys are named without their suffix, as t() takes them
    const suffixed: MessageSelection = { search: ['overlay.results_one'] };
    expect([wrong, suffixed]).toHaveLength(2);
  });

  it("every island's selection exists in both languages", () => {
    for (const selection of [searchMessages, copyLinkMessages, untranslatedNoticeMessages, consultingFormMessages]) {
      for (const lang of ['de', 'en'] as const) expect(() => pickMessages(lang, selection)).not.toThrow();
    }
  });
});

describe('createClientI18n', () => {
  it('is ready on return (no loading, no Suspense) and uses i18next plural forms', () => {
    for (const [lang, one, three] of [
      ['de', '1 Treffer', '3 Treffer'],
      ['en', '1 result', '3 results'],
    ] as const) {
      const i18n = createClientI18n(lang, pickMessages(lang, searchMessages));
      expect(i18n.isInitialized).toBe(true);
      const t = i18n.getFixedT(lang, 'search');
      expect(t('overlay.results', { count: 1 })).toBe(one);
      expect(t('overlay.results', { count: 3 })).toBe(three);
    }
  });
});
