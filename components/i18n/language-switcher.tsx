import { LocaleLink } from '@/components/i18n/locale-link';
import { getT } from '@/lib/i18n/server';
import { locales, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import styles from './language-switcher.module.css';

export interface LanguageSwitcherProps {
  lang: Locale;
  /** Where each other language leads from this page; defaults to that language's home. */
  targets?: Partial<Record<Locale, string>>;
  /** "compact" shows DE / EN (header), "full" shows the language names (footer, article). */
  variant?: 'compact' | 'full';
  /** See LocaleLink: used in the layout, where the page's translation is unknown to the server. */
  followAlternate?: boolean;
  id?: string;
  /** Accessible name of the navigation; each switch on a page needs its own (axe landmark-unique). */
  label?: string;
}

/** Links to this page in every other language; the current language is marked, not linked. */
export function LanguageSwitcher({ lang, targets = {}, variant = 'compact', followAlternate = false, id, label }: LanguageSwitcherProps) {
  const t = getT(lang, 'common');
  const variantClass = styles[variant];
  return (
    <nav aria-label={label ?? t('language.switchTo')} className={variantClass ? `${styles.switcher} ${variantClass}` : styles.switcher} id={id} data-testid="language-switcher">
      <ul className={styles.list}>
        {locales.map((l) => {
          const name = t(`language.${l}`);
          const label = variant === 'compact' ? t(`language.short.${l}`) : name;
          if (l === lang) {
            return (
              <li key={l}>
                <span className={styles.current} aria-current="true" lang={l}>
                  {variant === 'compact' ? <abbr title={name}>{label}</abbr> : label}
                </span>
              </li>
            );
          }
          return (
            <li key={l}>
              <LocaleLink href={targets[l] ?? routes.home(l)} locale={l} className={styles.link} followAlternate={followAlternate}>
                {variant === 'compact' ? (
                  <>
                    <span aria-hidden="true">{label}</span>
                    <span className="visually-hidden">{name}</span>
                  </>
                ) : (
                  label
                )}
              </LocaleLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
