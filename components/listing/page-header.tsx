import type { ReactNode } from 'react';
import styles from './page-header.module.css';
import { headline } from '@/lib/typography';

export interface PageHeaderProps {
  title: ReactNode;
  /** Small label above the title ("Kategorie", "Fehler 404"). */
  eyebrow?: ReactNode;
  intro?: ReactNode;
  /** A muted line under the intro ("12 Beiträge"). */
  meta?: ReactNode;
  children?: ReactNode;
}

/** The h1 block at the top of listing, legal and error pages. */
export function PageHeader({ title, eyebrow, intro, meta, children }: PageHeaderProps) {
  return (
    <header className={styles.header}>
      {eyebrow ? <p className={styles.eyebrow}>{eyebrow}</p> : null}
      <h1 className={styles.title}>{typeof title === 'string' ? headline(title) : title}</h1>
      {intro ? <p className={styles.intro}>{intro}</p> : null}
      {meta ? <p className={styles.meta}>{meta}</p> : null}
      {children}
    </header>
  );
}
