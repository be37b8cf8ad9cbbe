import { IntentLink } from '@/components/ui/intent-link';
import { LanguageSwitcher } from '@/components/i18n/language-switcher';
import { BrandMark } from '@/components/layout/brand-mark';
import { getHotCategories } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';
import styles from './site-footer.module.css';

/** Footer: hot categories with counts, legal pages, language, feeds and copyright. */
export function SiteFooter({ lang }: { lang: Locale }) {
  const t = getT(lang, 'common');
  const hot = getHotCategories(lang, 6);
  // Build year: the site is statically generated, and a rebuild happens with every new article.
  const year = new Date().getFullYear();
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.grid}`}>
        <div className={styles.about}>
          <IntentLink href={routes.home(lang)} className={styles.brand}>
            <BrandMark size={28} />
            <span>{siteConfig.name}</span>
          </IntentLink>
          <p className={styles.aboutText}>{t('footer.about')}</p>
        </div>
        {/* Plain groups under headings, not regions: the footer is one landmark, and the sidebar's
            "Hot Categories" region must stay the only one of that name (axe landmark-unique). */}
        <div>
          <h2 id="footer-hot" className={styles.heading}>
            {t('footer.hotCategories')}
          </h2>
          <ul className={styles.list}>
            {hot.map((c) => (
              <li key={c.slug}>
                <IntentLink href={routes.category(lang, c.slug)}>{c.name[lang]}</IntentLink>{' '}
                <span className={styles.count}>({t('footer.articleCount', { count: c.count })})</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 id="footer-legal" className={styles.heading}>
            {t('footer.legal')}
          </h2>
          <ul className={styles.list}>
            <li>
              <IntentLink href={routes.imprint(lang)}>{t('footer.imprint')}</IntentLink>
            </li>
            <li>
              <IntentLink href={routes.privacy(lang)}>{t('footer.privacy')}</IntentLink>
            </li>
          </ul>
          <h2 className={styles.heading}>{t('footer.feeds')}</h2>
          <ul className={styles.list}>
            <li>
              <a href={routes.rss(lang)} type="application/rss+xml">
                {t('footer.rss')}
              </a>
            </li>
            <li>
              <a href={routes.atom(lang)} type="application/atom+xml">
                {t('footer.atom')}
              </a>
            </li>
          </ul>
        </div>
        <div>
          <h2 id="footer-language" className={styles.heading}>
            {t('footer.language')}
          </h2>
          <LanguageSwitcher lang={lang} variant="full" followAlternate label={t('footer.language')} />
        </div>
      </div>
      <div className={`container ${styles.bottom}`}>
        <p>{t('footer.copyright', { year, owner: siteConfig.organization.name })}</p>
      </div>
    </footer>
  );
}
