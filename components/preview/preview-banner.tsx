import { formatDateTime } from '@/lib/format';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import styles from './preview-banner.module.css';

/** Shown above an article opened through a signed preview link; the link ends the preview. */
export function PreviewBanner({ lang, until }: { lang: Locale; until: number }) {
  const t = getT(lang, 'article');
  return (
    <div className={styles.banner} role="status" data-testid="preview-banner">
      <strong>{t('preview.banner')}</strong>{' '}
      <span>{t('preview.note', { date: formatDateTime(new Date(until), lang) })}</span>{' '}
      {/* A plain link: leaving must reach the server, which clears the cookies. */}
      <a href={`/api/preview/exit?lang=${lang}`} className={styles.leave} data-testid="preview-leave">
        {t('preview.leave')}
      </a>
    </div>
  );
}
