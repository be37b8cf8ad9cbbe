import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { siteConfig } from '@/lib/site';
import styles from './sidebar.module.css';

/** "Folge uns": the publication's social profiles from the site config. */
export function FollowUs({ lang, profiles = siteConfig.social }: { lang: Locale; profiles?: readonly { id: string; label: string; url: string }[] }) {
  const t = getT(lang, 'article');
  if (profiles.length === 0) return null;
  return (
    <section className={styles.block} aria-labelledby="follow-us-heading" data-testid="follow-us">
      <h2 id="follow-us-heading" className={styles.heading}>
        {t('sidebar.followUs')}
      </h2>
      <ul className={styles.pills}>
        {profiles.map((p) => (
          <li key={p.id}>
            <a href={p.url} className={styles.pill} rel="noopener noreferrer me" target="_blank" aria-label={t('sidebar.followOn', { site: siteConfig.name, network: p.label })}>
              {p.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
