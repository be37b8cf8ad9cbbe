import { fontVariables } from '@/app/fonts/fonts';
import type { ContentIssue } from '@/lib/content/load';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import '@/app/globals.css';
import styles from './content-problems.module.css';

/**
 * The whole document `next dev` shows while content is invalid: every problem as
 * `file: field: found …, expected …`, the same lines `npm run content:check` prints. No header or
 * footer: they list categories and articles, which is exactly what cannot be loaded. Values come
 * from the editor's files and are rendered as text, never as HTML.
 */
export function ContentProblemsDocument({ lang, issues }: { lang: Locale; issues: readonly ContentIssue[] }) {
  const t = getT(lang, 'article');
  return (
    <html lang={lang} className={fontVariables}>
      <body>
        {/* React hoists these into <head>. */}
        <title>{t('contentProblems.title')}</title>
        <meta name="robots" content="noindex" />
        <main className={styles.main} data-testid="content-problems">
          <h1 className={styles.title}>{t('contentProblems.title')}</h1>
          <p>{t('contentProblems.intro')}</p>
          <h2 className={styles.count}>{t('contentProblems.count', { count: issues.length })}</h2>
          <ul className={styles.list}>
            {issues.map((issue, i) => (
              <li key={i} className={styles.issue}>
                <code className={styles.file}>{issue.file}</code>: <strong>{issue.field}</strong>: found {issue.found}, expected {issue.expected}
              </li>
            ))}
          </ul>
          <p className={styles.hint}>{t('contentProblems.hint')}</p>
        </main>
      </body>
    </html>
  );
}
