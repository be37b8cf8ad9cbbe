import consulting from '@/locales/de/consulting.json';
import type { StoredLead } from '@/lib/store/types';

// Cells starting with these are run as formulas by Excel, LibreOffice and Google Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: neutralises formulas with a leading apostrophe (OWASP advice), then quotes. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

// New columns go at the end, so spreadsheets built on the older export keep their references.
export const CSV_COLUMNS = ['id', 'created_at', 'lang', 'name', 'company', 'email', 'phone', 'topic', 'message', 'topic_name', 'origin_path', 'origin_title', 'consent_at', 'privacy_version', 'handled_at'] as const;

/** RFC 4180 CSV (CRLF line ends) of the given requests, in the given order. */
export function leadsToCsv(leads: readonly StoredLead[]): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const l of leads) {
    lines.push(
      [
        l.id,
        l.createdAt.toISOString(),
        l.lang,
        l.name,
        l.company,
        l.email,
        l.phone,
        l.topic,
        l.message,
        consulting.topics[l.topic],
        l.origin.path,
        l.origin.title,
        new Date(l.consent.at).toISOString(),
        l.consent.privacyVersion,
        l.handledAt?.toISOString(),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
