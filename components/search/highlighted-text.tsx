import type { TextSegment } from '@/lib/search/types';

/** Text with matched words in <mark>; segments become text nodes, so nothing is ever parsed as HTML. */
export function HighlightedText({ segments, markClassName }: { segments: TextSegment[]; markClassName?: string }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className={markClassName}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
