'use client';

import { useTranslation } from 'react-i18next';
import { I18nProvider } from '@/lib/i18n/client';
import type { ClientResources } from '@/lib/i18n/client-resources';
import type { Locale } from '@/lib/i18n/settings';
import styles from './untranslated-notice.module.css';

function Message() {
  const { t } = useTranslation('common');
  return (
    <div className="container">
      <p role="status" className={styles.notice} data-testid="untranslated-notice">
        {t('language.untranslatedNotice')}
      </p>
    </div>
  );
}

/** The notice's text (see UntranslatedNotice), in the page's language. */
export function UntranslatedNoticeMessage({ lang, resources }: { lang: Locale; resources: ClientResources }) {
  return (
    <I18nProvider lang={lang} resources={resources}>
      <Message />
    </I18nProvider>
  );
}
