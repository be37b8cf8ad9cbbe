import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { fontVariables } from '@/app/fonts/fonts';
import { UntranslatedNotice } from '@/components/i18n/untranslated-notice';
import { SiteBanner } from '@/components/layout/site-banner';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getT } from '@/lib/i18n/server';
import { isLocale, locales } from '@/lib/i18n/settings';
import { buildRootMetadata } from '@/lib/seo/metadata';
import '@/app/globals.css';
import styles from './layout.module.css';

// Only the configured languages exist; anything else under /xx is a 404 at build time.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#171a21' },
  ],
};

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return buildRootMetadata(lang);
}

/** The root layout (there is no app/layout.tsx): <html lang> comes from the route. */
export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
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
            <UntranslatedNotice message={t('language.untranslatedNotice')} />
          </Suspense>
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
