import { IntentLink } from '@/components/ui/intent-link';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { consultingPathFrom } from '@/lib/leads/paths';
import { routes } from '@/lib/routes';
import styles from './sidebar.module.css';

/**
 * The consultancy's call to action: tailored AI solutions, strategic partner, "Beraten lassen".
 * `from`: the page it is shown on, recorded with the request (lib/http/origin.ts).
 */
export function ConsultingCta({ lang, from }: { lang: Locale; from?: string }) {
  const t = getT(lang, 'article');
  return (
    <section className={styles.cta} aria-labelledby="cta-heading" data-testid="consulting-cta">
      <p className={styles.ctaEyebrow}>{t('cta.eyebrow')}</p>
      <h2 id="cta-heading" className={styles.ctaHeading}>
        {t('cta.heading')}
      </h2>
      <p className={styles.ctaText}>{t('cta.text')}</p>
      <IntentLink href={from ? consultingPathFrom(lang, from) : routes.consulting(lang)} className={styles.ctaButton}>
        {t('cta.button')}
      </IntentLink>
    </section>
  );
}
