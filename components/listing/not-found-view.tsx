import { IntentLink } from '@/components/ui/intent-link';
import { getCategories } from '@/lib/content';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { ListingShell } from '@/components/listing/listing-shell';
import { PageHeader } from '@/components/listing/page-header';
import styles from './not-found-view.module.css';

/**
 * Localised 404 body with ways back into the site: home, search, archive and every category.
 * `alsoIn` adds a short section in another language, for the global 404, which cannot know the
 * reader's language (it is prerendered once for every unknown URL).
 */
export function NotFoundView({ lang, alsoIn }: { lang: Locale; alsoIn?: Locale }) {
  const t = getT(lang, 'pages');
  const other = alsoIn ? getT(alsoIn, 'pages') : undefined;
  const categories = getCategories(lang).filter((c) => c.count > 0);
  return (
    <ListingShell>
      <div className={styles.notFound} data-testid="not-found">
        <PageHeader eyebrow={t('notFound.code')} title={t('notFound.heading')} intro={t('notFound.text')} />
        <ul className={styles.actions}>
          <li>
            <IntentLink href={routes.home(lang)} className={styles.primary}>
              {t('notFound.home')}
            </IntentLink>
          </li>
          <li>
            <IntentLink href={routes.search(lang)} className={styles.secondary}>
              {t('notFound.search')}
            </IntentLink>
          </li>
          <li>
            <IntentLink href={routes.archive(lang)} className={styles.secondary}>
              {t('notFound.archive')}
            </IntentLink>
          </li>
        </ul>
        {categories.length > 0 ? (
          <nav aria-labelledby="not-found-categories" className={styles.categories}>
            <h2 id="not-found-categories" className={styles.categoriesHeading}>
              {t('notFound.categories')}
            </h2>
            <ul className={styles.categoryList}>
              {categories.map((c) => (
                <li key={c.slug}>
                  <IntentLink href={routes.category(lang, c.slug)}>{c.name[lang]}</IntentLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {alsoIn && other ? (
          <section lang={alsoIn} aria-labelledby="not-found-other" className={styles.other}>
            <h2 id="not-found-other" className={styles.categoriesHeading}>
              {other('notFound.title')}
            </h2>
            <p>{other('notFound.text')}</p>
            <ul className={styles.actions}>
              <li>
                <IntentLink href={routes.home(alsoIn)} className={styles.secondary}>
                  {other('notFound.home')}
                </IntentLink>
              </li>
              <li>
                <IntentLink href={routes.search(alsoIn)} className={styles.secondary}>
                  {other('notFound.search')}
                </IntentLink>
              </li>
              <li>
                <IntentLink href={routes.archive(alsoIn)} className={styles.secondary}>
                  {other('notFound.archive')}
                </IntentLink>
              </li>
            </ul>
          </section>
        ) : null}
      </div>
    </ListingShell>
  );
}
