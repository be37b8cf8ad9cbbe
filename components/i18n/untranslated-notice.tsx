'use client';

import { useSearchParams } from 'next/navigation';
import styles from './untranslated-notice.module.css';

/**
 * Shown on a home page reached from an article that has no translation (?notice=untranslated).
 * Reads the query in the browser so the page itself stays static.
 */
export function UntranslatedNotice({ message }: { message: string }) {
  const params = useSearchParams();
  if (params.get('notice') !== 'untranslated') return null;
  return (
    <div className="container">
      <p role="status" className={styles.notice} data-testid="untranslated-notice">
        {message}
      </p>
    </div>
  );
}
