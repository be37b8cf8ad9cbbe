/** 50 fixed queries: exact words, prefixes, compounds, umlaut spellings, typos, multi-word, misses, hostile input. */
export const QUERIES = [
  'Klarna', 'klarna', 'KLARNA', 'Klrana', 'Kalrna', 'kundenserv', 'KUNDENSERV', 'Kundenservice', 'service', 'kuenstliche intelligenz',
  'künstliche Intelligenz', 'kunstliche', 'Wettervorhersage', 'wetter', 'NVIDIA', 'nvdia', 'Quantencomputer', 'quanten', 'Muenchen', 'Straße',
  'strasse', 'Börse', 'boerse', 'Datenschutz', 'datenschuz', 'Urheberrecht', 'Regulierung KI', 'Sprachmodell Chatbot', 'maschinelles Lernen', 'Siemens Bosch',
  'Förderprogramm Mittelstand', 'Halbleiter Chips', 'Fachkräftemangel', 'Automatisierung Prozesse', 'Bildverarbeitung', 'Spracherkennung', 'Betrugserkennung', 'Lieferkette', 'Energieverbrauch', 'Ökostrom',
  'Unternehmen', 'Daten', 'xyzzyqwert', 'Zwetschgenkuchen', '.*(a+)+$', '[(?<=', '%00 \\u0000 <script>', 'a', 'die der das', 'Klarna '.repeat(1500),
];

/** The value below which `p` percent of the (ascending) sorted samples lie (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? 0;
}
