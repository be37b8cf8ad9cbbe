/**
 * German-aware text normalisation shared by indexing and querying. Both sides go through the same
 * functions, so "Künstliche", "Kuenstliche" and "kunstliche" all become the same index term.
 */

/** Words too common to help ranking (German and English); dropping them keeps the index small. */
const STOP_WORDS = new Set([
  // German
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder',
  'aber', 'ist', 'sind', 'war', 'wird', 'werden', 'wurde', 'hat', 'haben', 'mit', 'von', 'vom', 'zu', 'zum',
  'zur', 'im', 'in', 'an', 'am', 'auf', 'aus', 'bei', 'fur', 'nicht', 'sich', 'auch', 'als', 'wie', 'dass',
  'es', 'er', 'sie', 'wir', 'ihr', 'so', 'noch', 'nur', 'um', 'uber', 'nach',
  // English
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'for',
  'on', 'at', 'by', 'with', 'as', 'that', 'this', 'from', 'has', 'have', 'had',
]);

/**
 * Folds a word for matching: lower case, accents off, ß → ss, and umlaut spellings unified so that
 * ä = ae = a (likewise ö/oe/o, ü/ue/u). Folding "ae" also touches words like "Israel"; that is
 * harmless because queries are folded the same way.
 */
export function foldTerm(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}

// Letters and digits form words; everything else (punctuation, hyphens, regex syntax, emoji) splits.
const WORD = /[\p{L}\p{N}]+/gu;

/** Splits text into words; hyphenated compounds ("KI-Modell") become separate words. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Index/query term for a word, or null for stop words and single letters. */
export function processTerm(word: string): string | null {
  const term = foldTerm(word);
  if (term.length < 2 && !/\d/.test(term)) return null;
  if (STOP_WORDS.has(term)) return null;
  return term;
}

/** Splits CamelCase hashtags into words: "KünstlicheIntelligenz" → "Künstliche Intelligenz". */
export function splitCamelCase(label: string): string {
  return label.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{L})(\p{N})/gu, '$1 $2');
}
