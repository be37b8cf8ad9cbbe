import { describe, expect, it } from 'vitest';
import { csvCell, leadsToCsv } from '@/lib/leads/csv';

describe('CSV export', () => {
  it.each(['=cmd|"/c calc"!A1', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('neutralises a formula in %j', (value) => {
    const cell = csvCell(value);
    expect(cell.startsWith(`"'`)).toBe(true);
  });

  it('quotes and doubles quotes, keeps ordinary text', () => {
    expect(csvCell('Müller "KI" GmbH')).toBe('"Müller ""KI"" GmbH"');
    expect(csvCell(42)).toBe('"42"');
    expect(csvCell(undefined)).toBe('""');
  });

  it('keeps line breaks inside one quoted cell', () => {
    const csv = leadsToCsv([
      {
        id: 1,
        createdAt: new Date('2026-01-02T03:04:05Z'),
        lang: 'de',
        name: 'A',
        company: 'B',
        email: 'a@b.de',
        topic: 'other',
        message: 'Zeile 1\nZeile 2',
        origin: { path: '/de/articles/x' },
        consent: { at: Date.parse('2026-01-02T03:04:05Z'), privacyVersion: '2026-12-02' },
        deliveries: [],
      },
    ]);
    expect(csv).toBe(
      '"id","created_at","lang","name","company","email","phone","topic","message","topic_name","origin_path","origin_title","consent_at","privacy_version","handled_at"\r\n' +
        '"1","2026-01-02T03:04:05.000Z","de","A","B","a@b.de","","other","Zeile 1\nZeile 2","Etwas anderes","/de/articles/x","","2026-01-02T03:04:05.000Z","2026-12-02",""\r\n',
    );
  });
});
