import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { LOCALE_COOKIE } from '@/lib/i18n/settings';
import { PRIVACY_TEXT_VERSION } from '@/lib/leads/privacy';
import { retentionDays } from '@/lib/leads/retention';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { staticAlternates } from '@/lib/seo/pages';
import { ListingShell } from '@/components/listing/listing-shell';
import { PageHeader } from '@/components/listing/page-header';
import styles from './legal-view.module.css';

export type LegalDocument = 'imprint' | 'privacy';

interface LegalSection {
  heading: string;
  paragraphs?: readonly string[];
  items?: readonly string[];
  after?: readonly string[];
  /** Show the organisation's address and contact block after the paragraphs. */
  contact?: boolean;
}

const org = siteConfig.organization;

/** Values the legal texts interpolate: every company detail comes from lib/site.ts, never from JSON. */
function legalValues() {
  return {
    site: siteConfig.name,
    company: org.name,
    street: org.address.street,
    postalCode: org.address.postalCode,
    city: org.address.city,
    country: org.address.country,
    managingDirector: org.managingDirector,
    email: org.email,
    phone: org.phone,
    register: org.register,
    vatId: org.vatId,
    cookie: LOCALE_COOKIE,
    consultancy: siteConfig.consulting.name,
    consultingEmail: siteConfig.consulting.email,
    retentionDays: retentionDays(),
    privacyVersion: PRIVACY_TEXT_VERSION,
  };
}

function path(doc: LegalDocument, lang: Locale): string {
  return doc === 'imprint' ? routes.imprint(lang) : routes.privacy(lang);
}

export function legalMetadata(doc: LegalDocument, lang: Locale): Metadata {
  const t = getT(lang, 'legal');
  const values = legalValues();
  return buildPageMetadata({
    lang,
    path: path(doc, lang),
    title: t(`${doc}.title`),
    description: t(`${doc}.description`, values),
    alternates: staticAlternates((l) => path(doc, l)),
  });
}

function ContactBlock({ lang, withRegister }: { lang: Locale; withRegister: boolean }) {
  const t = getT(lang, 'legal');
  return (
    <div className={styles.contact}>
      <address className={styles.address}>
        <strong>{org.legalName}</strong>
        <br />
        {org.address.street}
        <br />
        {org.address.postalCode} {org.address.city}
        <br />
        {org.address.country}
      </address>
      <dl className={styles.facts}>
        <div>
          <dt>{t('labels.phone')}</dt>
          <dd>
            <a href={`tel:${org.phone.replace(/\s+/g, '')}`}>{org.phone}</a>
          </dd>
        </div>
        <div>
          <dt>{t('labels.email')}</dt>
          <dd>
            <a href={`mailto:${org.email}`}>{org.email}</a>
          </dd>
        </div>
        {withRegister ? (
          <>
            <div>
              <dt>{t('labels.managingDirector')}</dt>
              <dd>{org.managingDirector}</dd>
            </div>
            <div>
              <dt>{t('labels.register')}</dt>
              <dd>{org.register}</dd>
            </div>
            <div>
              <dt>{t('labels.vatId')}</dt>
              <dd>{org.vatId}</dd>
            </div>
          </>
        ) : null}
      </dl>
    </div>
  );
}

function Section({ section, lang }: { section: LegalSection; lang: Locale }) {
  return (
    <section className={styles.section}>
      <h2>{section.heading}</h2>
      {section.paragraphs?.map((p) => <p key={p}>{p}</p>)}
      {section.contact ? <ContactBlock lang={lang} withRegister={false} /> : null}
      {section.items ? (
        <ul>
          {section.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      {section.after?.map((p) => <p key={p}>{p}</p>)}
    </section>
  );
}

/** Impressum or privacy policy: text from locales/<lang>/legal.json, company data from siteConfig. */
export function LegalView({ doc, lang }: { doc: LegalDocument; lang: Locale }) {
  const t = getT(lang, 'legal');
  const values = legalValues();
  const sections: readonly LegalSection[] = t(`${doc}.sections`, { returnObjects: true, ...values });
  return (
    <ListingShell>
      <article className={styles.legal}>
        <PageHeader
          eyebrow={t(`${doc}.eyebrow`)}
          title={t(`${doc}.title`)}
          intro={doc === 'privacy' ? t('privacy.intro', values) : undefined}
          meta={doc === 'privacy' ? `${t('labels.updated')}: ${t('privacy.updated', values)}` : undefined}
        />
        <div className={`prose ${styles.body}`}>
          {doc === 'imprint' ? (
            <section className={styles.section}>
              <h2>{t('imprint.providerHeading')}</h2>
              <ContactBlock lang={lang} withRegister />
            </section>
          ) : null}
          {sections.map((section) => (
            <Section key={section.heading} section={section} lang={lang} />
          ))}
        </div>
      </article>
    </ListingShell>
  );
}
