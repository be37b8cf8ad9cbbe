import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { siteConfig } from '@/lib/site';
import styles from './consulting.module.css';

const OFFERS = ['strategy', 'workshop', 'implementation', 'training', 'compliance'] as const;
const STEPS = ['step1', 'step2', 'step3'] as const;

/** What the consultancy offers, how a request proceeds, and how to reach it directly. */
export function ConsultingOffers({ lang }: { lang: Locale }) {
  const t = getT(lang, 'consulting');
  // The consultancy's own contact, not the newsroom's (siteConfig.organization).
  const { email, phone } = siteConfig.consulting;
  return (
    <>
      <section className={styles.offers} aria-labelledby="consulting-offers-title">
        <h2 id="consulting-offers-title" className={styles.sectionTitle}>
          {t('offers.title')}
        </h2>
        <ul className={styles.offerList}>
          {OFFERS.map((id) => (
            <li key={id} className={styles.offer}>
              <h3 className={styles.offerTitle}>{t(`offers.${id}.title`)}</h3>
              <p>{t(`offers.${id}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.process} aria-labelledby="consulting-process-title">
        <h2 id="consulting-process-title" className={styles.sectionTitle}>
          {t('process.title')}
        </h2>
        <ol className={styles.steps}>
          {STEPS.map((id) => (
            <li key={id}>{t(`process.${id}`)}</li>
          ))}
        </ol>
        <p className={styles.direct}>
          <strong>{t('direct.title')}</strong>{' '}
          {/* Placeholders become NUL-delimited tokens so address and number can be rendered as links. */}
          {t('direct.text', { email: '\u0000email\u0000', phone: '\u0000phone\u0000' })
            .split('\u0000')
            .map((part, i) =>
              part === 'email' ? (
                <a key={i} href={`mailto:${email}`}>
                  {email}
                </a>
              ) : part === 'phone' ? (
                <a key={i} href={`tel:${phone.replace(/[^+\d]/g, '')}`}>
                  {phone}
                </a>
              ) : (
                part
              ),
            )}
        </p>
      </section>
    </>
  );
}
