import { describe, expect, it } from 'vitest';
import { formatBerlinTime, scheduledArticles, translationTimingWarnings } from '@/lib/content/check-report';
import type { PublicationStatus } from '@/lib/content/types';

function a(lang: 'de' | 'en', slug: string, date: string, status: PublicationStatus, translationKey = slug) {
  return { lang, slug, date, status, translationKey, title: slug, file: `content/articles/${lang}/${slug}.md` };
}

describe('formatBerlinTime', () => {
  it('shows an instant in Berlin wall time with the zone, in winter and in summer', () => {
    expect(formatBerlinTime('2099-01-01T07:00:00Z')).toBe('Do., 01.01.2099, 08:00 MEZ');
    expect(formatBerlinTime('2027-07-01T05:00:00Z')).toBe('Do., 01.07.2027, 07:00 MESZ');
    // Written with another offset, still shown as the Berlin time of the same instant.
    expect(formatBerlinTime('2027-07-01T07:00:00+02:00')).toBe('Do., 01.07.2027, 07:00 MESZ');
  });
});

describe('scheduledArticles', () => {
  it('lists only scheduled articles, soonest first', () => {
    const list = scheduledArticles([
      a('de', 'spaeter', '2027-07-02T07:00:00+02:00', 'scheduled'),
      a('de', 'alt', '2024-01-01T07:00:00+01:00', 'published'),
      a('en', 'frueher', '2027-07-01T07:00:00+02:00', 'scheduled'),
      a('de', 'entwurf', '2027-06-01T07:00:00+02:00', 'draft'),
    ]);
    expect(list.map((e) => [e.file, e.goesLive])).toEqual([
      ['content/articles/en/frueher.md', 'Do., 01.07.2027, 07:00 MESZ'],
      ['content/articles/de/spaeter.md', 'Fr., 02.07.2027, 07:00 MESZ'],
    ]);
  });
});

describe('translationTimingWarnings', () => {
  it('is silent when both languages go live at the same instant, however the offset is written', () => {
    expect(translationTimingWarnings([a('de', 'x', '2027-07-01T07:00:00+02:00', 'scheduled', 'k'), a('en', 'y', '2027-07-01T05:00:00+00:00', 'scheduled', 'k')])).toEqual([]);
  });

  it('warns when a scheduled article and its translation go live at different times', () => {
    const warnings = translationTimingWarnings([a('de', 'x', '2027-07-01T07:00:00+02:00', 'scheduled', 'k'), a('en', 'y', '2027-07-01T09:00:00+02:00', 'scheduled', 'k')]);
    expect(warnings).toEqual(['translation "k" does not go live together: de goes live Do., 01.07.2027, 07:00 MESZ (content/articles/de/x.md); en goes live Do., 01.07.2027, 09:00 MESZ (content/articles/en/y.md)']);
  });

  it('warns when the translation of a scheduled article is already live or still a draft', () => {
    expect(translationTimingWarnings([a('de', 'x', '2027-07-01T07:00:00+02:00', 'scheduled', 'k'), a('en', 'y', '2024-07-01T07:00:00+02:00', 'published', 'k')])[0]).toContain('en went live');
    expect(translationTimingWarnings([a('de', 'x', '2027-07-01T07:00:00+02:00', 'scheduled', 'k'), a('en', 'y', '2027-07-01T07:00:00+02:00', 'draft', 'k')])[0]).toContain('en is still a draft');
  });

  it('ignores groups without a scheduled article', () => {
    expect(translationTimingWarnings([a('de', 'x', '2024-07-01T07:00:00+02:00', 'published', 'k'), a('en', 'y', '2024-07-02T07:00:00+02:00', 'published', 'k')])).toEqual([]);
  });
});
