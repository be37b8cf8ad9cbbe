import type { TextSegment } from '@/lib/search/types';

/** Tells whether a word of the original text matched the query. */
export type HitMatcher = (word: string) => boolean;

const WORD = /[\p{L}\p{N}]+/gu;
/** Words shown in a snippet. */
export const SNIPPET_WORDS = 30;
/** Words of context shown before the first match. */
const LEAD_WORDS = 6;

interface Word {
  start: number;
  end: number;
  hit: boolean;
  text: string;
}

function words(text: string, isHit: HitMatcher): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, hit: isHit(m[0]), text: m[0] });
  return out;
}

function pushSegment(segments: TextSegment[], text: string, hit: boolean): void {
  if (!text) return;
  const last = segments[segments.length - 1];
  if (last && last.hit === hit) last.text += text;
  else segments.push({ text, hit });
}

const TRAILING_PUNCTUATION = /^[^\s\p{L}\p{N}]*/u;

/** Segments from word `from` to word `to` (exclusive), plus where in the text they end. */
function segmentsOf(text: string, list: Word[], from: number, to: number): { segments: TextSegment[]; end: number } {
  const segments: TextSegment[] = [];
  const first = list[from];
  if (!first || to <= from) return { segments, end: 0 };
  let cursor = first.start;
  for (let i = from; i < to; i++) {
    const w = list[i] as Word;
    pushSegment(segments, text.slice(cursor, w.start), false);
    pushSegment(segments, w.text, w.hit);
    cursor = w.end;
  }
  // Keep closing punctuation right after the last word ("Klarna." rather than "Klarna").
  const tail = TRAILING_PUNCTUATION.exec(text.slice(cursor, cursor + 8))?.[0] ?? '';
  pushSegment(segments, tail, false);
  return { segments, end: cursor + tail.length };
}

/** The whole text as segments, matched words marked (for titles). */
export function highlightAll(text: string, isHit: HitMatcher): TextSegment[] {
  const list = words(text, isHit);
  if (list.length === 0) return text ? [{ text, hit: false }] : [];
  const { segments, end } = segmentsOf(text, list, 0, list.length);
  const head = text.slice(0, (list[0] as Word).start);
  if (head) segments.unshift({ text: head, hit: false });
  pushSegment(segments, text.slice(end), false);
  return segments;
}

interface Window {
  list: Word[];
  from: number;
  to: number;
}

/** Characters of a field scanned for a match; beyond this, long bodies cost more than they add. */
const SCAN_LIMIT = 30_000;

/**
 * Finds the first match in a text and the words around it, stopping as soon as the window is
 * full: snippets for a page of long articles must not tokenise every body in full.
 */
function firstWindow(text: string, isHit: HitMatcher): Window | undefined {
  const list: Word[] = [];
  let hitAt = -1;
  for (const m of text.slice(0, SCAN_LIMIT).matchAll(WORD)) {
    const hit = isHit(m[0]);
    list.push({ start: m.index, end: m.index + m[0].length, hit, text: m[0] });
    if (hit && hitAt < 0) hitAt = list.length - 1;
    if (hitAt >= 0 && list.length - Math.max(0, hitAt - LEAD_WORDS) > SNIPPET_WORDS) break;
  }
  if (hitAt < 0) return undefined;
  const from = Math.max(0, hitAt - LEAD_WORDS);
  return { list, from, to: Math.min(list.length, from + SNIPPET_WORDS) };
}

/**
 * A short excerpt around the first matched word, from the first field that has one (description,
 * key facts, body); without any match, the start of the first non-empty field.
 */
export function buildSnippet(fields: readonly string[], isHit: HitMatcher): TextSegment[] {
  let text = '';
  let window: Window | undefined;
  for (const field of fields) {
    if (!field) continue;
    window = firstWindow(field, isHit);
    if (window) {
      text = field;
      break;
    }
  }
  if (!window) {
    text = fields.find((f) => f.length > 0) ?? '';
    const list = words(text.slice(0, SCAN_LIMIT), () => false);
    window = { list, from: 0, to: Math.min(list.length, SNIPPET_WORDS) };
  }
  const { list, from, to } = window;
  const { segments } = segmentsOf(text, list, from, to);
  const more = to < list.length || (list[to - 1]?.end ?? 0) < text.trimEnd().length - 1;
  if (from > 0) segments.unshift({ text: '… ', hit: false });
  if (more) pushSegment(segments, ' …', false);
  return segments;
}
