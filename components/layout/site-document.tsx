import { Suspense, type ReactNode } from 'react';
import { fontVariables } from '@/app/fonts/fonts';
import { UntranslatedNotice } from '@/components/i18n/untranslated-notice';
import { untranslatedNoticeMessages } from '@/components/i18n/untranslated-notice-messages';
import { SiteBanner } from '@/components/layout/site-banner';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { pickMessages } from '@/lib/i18n/client-resources';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import '@/app/globals.css';
import styles from './site-document.module.css';

/**
 * The whole HTML document around a page: <html lang>, skip link, banner, header, main, footer.
 * Shared by the root layout and the global 404, which Next renders outside any layout.
 */
export function SiteDocument({ lang, children }: { lang: Locale; children: ReactNode }) {
  const t = getT(lang, 'common');
  return (
    <html lang={lang} className={fontVariables}>
      <body>
        <a href="#main" className={styles.skipLink}>
          {t('skipLink')}
        </a>
        <SiteBanner lang={lang} />
        <SiteHeader lang={lang} />
        <main id="main" tabIndex={-1} className={styles.main}>
          {/* Reads the query string in the browser; Suspense keeps the page itself static. */}
          <Suspense fallback={null}>
            <UntranslatedNotice lang={lang} resources={pickMessages(lang, untranslatedNoticeMessages)} />
          </Suspense>
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
