import { IntentLink } from '@/components/ui/intent-link';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import styles from './site-banner.module.css';

/** Slim line above the header inviting readers to the consultancy. */
export function SiteBanner({ lang }: { lang: Locale }) {
  const t = getT(lang, 'common');
  return (
    <aside className={styles.banner} aria-label={t('banner.text')}>
      <div className={`container ${styles.inner}`}>
        <span className={styles.text}>{t('banner.text')}</span>{' '}
        <IntentLink href={routes.consulting(lang)} className={styles.link}>
          {t('banner.cta')}
          <span aria-hidden="true"> →</span>
        </IntentLink>
      </div>
    </aside>
  );
}
