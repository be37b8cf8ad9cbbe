/** Space before a dash between words: " – ", " — ", or " - " used as a dash. */
const SPACED_DASH = /[ \t]+([–—-])(?=[ \t])/g;

/**
 * A headline never starts a line with a dash: the space before a spaced dash ("Klarna halbiert –
 * KI übernimmt") becomes a no-break space, so the dash stays at the end of the line before it and
 * the break, if any, falls after it. Hyphens inside words are left alone.
 */
export function headline(text: string): string {
  return text.replace(SPACED_DASH, '\u00a0$1');
}
