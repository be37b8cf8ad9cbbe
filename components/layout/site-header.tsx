import { IntentLink } from '@/components/ui/intent-link';
import { LanguageSwitcher } from '@/components/i18n/language-switcher';
import { BrandMark } from '@/components/layout/brand-mark';
import { MobileNav } from '@/components/layout/mobile-nav';
import { NavLink } from '@/components/layout/nav-link';
import { HeaderSearch } from '@/components/search/header-search';
import { getCategories } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';
import styles from './site-header.module.css';

/** Site header: brand, main categories, search, language switch; a disclosure menu on phones. */
export async function SiteHeader({ lang }: { lang: Locale }) {
  const t = getT(lang, 'common');
  const links = getCategories(lang).map((c) => ({ href: routes.category(lang, c.slug), label: c.name[lang] }));
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        {/* No aria-label: the link's name is its visible text (axe label-content-name-mismatch),
            with "Startseite" added for screen readers only. */}
        <IntentLink href={routes.home(lang)} className={styles.brand}>
          <BrandMark size={34} />
          <span className={styles.brandText}>
            <span className={styles.brandName}>{siteConfig.name}</span>
            <span className={styles.tagline}>{t('brand.tagline')}</span>
          </span>
          <span className="visually-hidden">, {t('brand.homeHint')}</span>
        </IntentLink>
        <nav aria-label={t('nav.main')} className={styles.nav}>
          <ul className={styles.navList}>
            {links.map((l) => (
              <li key={l.href}>
                <NavLink href={l.href} className={styles.navLink}>
                  {l.label}
                </NavLink>
              </li>
            ))}
            <li>
              <NavLink href={routes.consulting(lang)} className={styles.navLink}>
                {t('nav.consulting')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className={styles.tools}>
          <HeaderSearch lang={lang} />
          <div className={styles.lang}>
            <LanguageSwitcher lang={lang} followAlternate />
          </div>
          <MobileNav lang={lang} links={links} />
        </div>
      </div>
    </header>
  );
}
