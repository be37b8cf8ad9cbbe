import { IntentLink } from '@/components/ui/intent-link';
import styles from './section-heading.module.css';

export interface SectionHeadingProps {
  id: string;
  title: string;
  /** Optional "see all" link shown at the end of the heading row. */
  more?: { href: string; label: string };
}

/** h2 of a home/listing section with an optional "see all" link. */
export function SectionHeading({ id, title, more }: SectionHeadingProps) {
  return (
    <div className={styles.row}>
      <h2 id={id} className={styles.title}>
        {title}
      </h2>
      {more ? (
        <IntentLink href={more.href} className={styles.more}>
          {more.label} <span aria-hidden="true">→</span>
        </IntentLink>
      ) : null}
    </div>
  );
}
