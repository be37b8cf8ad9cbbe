import { LanguageSwitcher } from '@/components/i18n/language-switcher';
import { MobileNavBehaviour } from '@/components/layout/mobile-nav-behaviour';
import { NavLink } from '@/components/layout/nav-link';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import styles from './mobile-nav.module.css';

/**
 * Phone menu built on <details>/<summary>: opens and closes with Enter, Space or a tap and works
 * without JavaScript. Hidden from wide screens, where the header shows the categories directly.
 */
export function MobileNav({ lang, links }: { lang: Locale; links: { href: string; label: string }[] }) {
  const t = getT(lang, 'common');
  return (
    <details className={styles.menu} data-testid="mobile-nav" id="mobile-nav">
      <MobileNavBehaviour menuId="mobile-nav" />
      <summary className={styles.toggle}>
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span>{t('nav.menu')}</span>
      </summary>
      <div className={styles.panel}>
        <nav aria-label={t('nav.categories')}>
          <ul className={styles.list}>
            <li>
              <NavLink href={routes.home(lang)} className={styles.link} exact>
                {t('nav.home')}
              </NavLink>
            </li>
            {links.map((l) => (
              <li key={l.href}>
                <NavLink href={l.href} className={styles.link}>
                  {l.label}
                </NavLink>
              </li>
            ))}
            <li>
              <NavLink href={routes.archive(lang)} className={styles.link}>
                {t('nav.archive')}
              </NavLink>
            </li>
            <li>
              <NavLink href={routes.consulting(lang)} className={styles.link}>
                {t('nav.consulting')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className={styles.lang}>
          <span className={styles.langLabel}>{t('language.label')}</span>
          <LanguageSwitcher lang={lang} variant="full" followAlternate />
        </div>
      </div>
    </details>
  );
}
