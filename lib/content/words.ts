/** Word counts and reading time: plain functions of text, shared by the check and the pages. */

const WORDS_PER_MINUTE = { de: 200, en: 230 } as const;

/** Reading time in whole minutes (German reads a little slower: longer words). */
export function readingMinutes(wordCount: number, lang: keyof typeof WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE[lang]));
}

/** Counts words of plain text. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}
