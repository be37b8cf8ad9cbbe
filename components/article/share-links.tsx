import { CopyLinkButton } from '@/components/article/copy-link-button';
import { copyLinkMessages } from '@/components/article/copy-link-messages';
import { pickMessages } from '@/lib/i18n/client-resources';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import styles from './share-links.module.css';

/** Share URLs of the networks we offer; plain links, so nothing loads from those networks. */
export function shareUrls(url: string, title: string, emailBody: string) {
  const u = encodeURIComponent(url);
  return {
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    xing: `https://www.xing.com/spi/shares/new?url=${u}`,
    x: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}`,
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(emailBody)}`,
  };
}

/** Share links for LinkedIn, XING, X and e-mail, plus a copy-link button where JavaScript runs. */
export function ShareLinks({ url, title, lang }: { url: string; title: string; lang: Locale }) {
  const t = getT(lang, 'article');
  const links = shareUrls(url, title, t('share.emailBody', { title, url }));
  const networks = [
    { id: 'linkedin', name: t('networks.linkedin'), href: links.linkedin },
    { id: 'xing', name: t('networks.xing'), href: links.xing },
    { id: 'x', name: t('networks.x'), href: links.x },
  ];
  return (
    <section className={styles.share} aria-labelledby="share-heading" data-testid="share-links">
      <h2 id="share-heading" className={styles.heading}>
        {t('share.heading')}
      </h2>
      <ul className={styles.list}>
        {networks.map((n) => (
          <li key={n.id}>
            <a href={n.href} rel="noopener noreferrer" target="_blank" className={styles.button} aria-label={t('share.on', { network: n.name })}>
              {n.name}
            </a>
          </li>
        ))}
        <li>
          <a href={links.email} className={styles.button} aria-label={t('share.email')}>
            {t('share.emailLabel')}
          </a>
        </li>
        <li>
          <CopyLinkButton url={url} lang={lang} resources={pickMessages(lang, copyLinkMessages)} className={styles.button} />
        </li>
      </ul>
    </section>
  );
}
