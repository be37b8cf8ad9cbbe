import type { ReactNode } from 'react';
import styles from './listing-shell.module.css';

/** Page body of listing pages: the main column and, when given, a sidebar beside it (below on phones). */
export function ListingShell({ children, aside, asideLabel }: { children: ReactNode; aside?: ReactNode; asideLabel?: string }) {
  return (
    <div className={`container ${styles.shell}`}>
      <div className={aside ? styles.withAside : styles.single}>
        <div className={styles.main}>{children}</div>
        {aside ? (
          <aside className={styles.aside} aria-label={asideLabel}>
            {aside}
          </aside>
        ) : null}
      </div>
    </div>
  );
}
