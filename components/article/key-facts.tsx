import type { KeyFact } from '@/lib/content/types';
import styles from './key-facts.module.css';

/** The highlighted "Das musst Du wissen" box: each fact as a bold label plus one sentence. */
export function KeyFacts({ facts, heading }: { facts: KeyFact[]; heading: string }) {
  if (facts.length === 0) return null;
  return (
    <aside className={styles.box} aria-labelledby="key-facts-heading" data-testid="key-facts">
      <h2 id="key-facts-heading" className={styles.heading}>
        {heading}
      </h2>
      <ul className={styles.list}>
        {facts.map((fact) => (
          <li key={fact.label} className={styles.item}>
            <strong className={styles.label}>{fact.label}:</strong> {fact.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
