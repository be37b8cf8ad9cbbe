import { IntentLink } from '@/components/ui/intent-link';
import type { Tag } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import styles from './hashtags.module.css';

/** The article's hashtags, each linking to its tag page. */
export function Hashtags({ tags, lang, heading }: { tags: Tag[]; lang: Locale; heading: string }) {
  if (tags.length === 0) return null;
  return (
    <section aria-label={heading} className={styles.section} data-testid="hashtags">
      <ul className={styles.list}>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <IntentLink href={routes.tag(lang, tag.slug)} className={styles.tag} rel="tag">
              #{tag.label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
