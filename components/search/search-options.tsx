import { HighlightedText } from '@/components/search/highlighted-text';
import type { SearchApiHit } from '@/lib/search/types';
import styles from './search-options.module.css';

interface Props {
  id: string;
  label: string;
  hits: SearchApiHit[];
  active: number;
  optionId: (index: number) => string;
  onChoose: (hit: SearchApiHit) => void;
  onHover: (index: number) => void;
}

/**
 * The listbox of live results, shared by the header's panel and the phone overlay. Focus stays in
 * the search box (aria-activedescendant); options hold no links, a click opens the hit.
 */
export function SearchOptions({ id, label, hits, active, optionId, onChoose, onHover }: Props) {
  return (
    <ul id={id} role="listbox" aria-label={label} className={styles.list}>
      {hits.map((hit, i) => (
        <li
          key={hit.url}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          className={styles.option}
          onClick={() => onChoose(hit)}
          // Keeps focus (and the caret) in the search box.
          onMouseDown={(e) => e.preventDefault()}
          onMouseEnter={() => onHover(i)}
        >
          <span className={styles.title}>
            <HighlightedText segments={hit.title} markClassName={styles.mark} />
          </span>
          <span className={styles.meta}>
            {hit.category} · <time dateTime={hit.date}>{hit.dateText}</time>
          </span>
          <span className={styles.snippet}>
            <HighlightedText segments={hit.snippet} markClassName={styles.mark} />
          </span>
        </li>
      ))}
    </ul>
  );
}
