import { IntentLink } from '@/components/ui/intent-link';
import { ResponsiveImage } from '@/components/ui/responsive-image';
import type { Author } from '@/lib/content/types';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import styles from './sidebar.module.css';

const NETWORKS = ['linkedin', 'xing', 'x', 'github', 'website', 'mastodon'] as const;
type Network = (typeof NETWORKS)[number];
const isNetwork = (n: string): n is Network => (NETWORKS as readonly string[]).includes(n);

/** About-the-author box: avatar, name, role, bio, profile links and the author page. */
export function AuthorBox({ author, lang }: { author: Author; lang: Locale }) {
  const t = getT(lang, 'article');
  const href = routes.author(lang, author.slug);
  return (
    <section className={styles.block} aria-labelledby={`author-${author.slug}-heading`} data-testid="author-box">
      <h2 className={styles.heading}>{t('sidebar.aboutAuthor')}</h2>
      <div className={styles.author}>
        {author.avatar ? <ResponsiveImage src={author.avatar} alt="" width={64} height={64} className={styles.avatar} unoptimized /> : <span className={styles.avatar} />}
        <div>
          <h3 id={`author-${author.slug}-heading`} className={styles.authorName}>
            <IntentLink href={href}>{author.name}</IntentLink>
          </h3>
          <p className={styles.role}>{author.role[lang]}</p>
        </div>
      </div>
      <p className={styles.bio}>{author.bio[lang]}</p>
      {author.social.length > 0 ? (
        <ul className={styles.pills}>
          {author.social.map((s) => {
            const network = isNetwork(s.network) ? t(`networks.${s.network}`) : s.network;
            return (
              <li key={s.url}>
                <a href={s.url} className={styles.pill} rel="noopener noreferrer" target="_blank" aria-label={t('sidebar.authorOn', { name: author.name, network })}>
                  {network}
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className={styles.more}>
        <IntentLink href={href}>{t('sidebar.authorProfile', { name: author.name })}</IntentLink>
      </p>
    </section>
  );
}
