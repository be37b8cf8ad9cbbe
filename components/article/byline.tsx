import { IntentLink } from '@/components/ui/intent-link';
import { Fragment } from 'react';
import type { Author } from '@/lib/content/types';
import { localeTags, type Locale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';

/** "von A, B und C" with each author linked to their page; the list joins per language. */
export function Byline({ authors, lang, prefix, className }: { authors: Pick<Author, 'slug' | 'name'>[]; lang: Locale; prefix: string; className?: string }) {
  // formatToParts keeps the language's own separators ("und", "and", commas) around the links.
  const parts = new Intl.ListFormat(localeTags[lang], { type: 'conjunction' }).formatToParts(authors.map((a) => a.slug));
  return (
    <p className={className} data-testid="byline">
      {prefix}{' '}
      {parts.map((part, i) => {
        if (part.type === 'literal') return <Fragment key={i}>{part.value}</Fragment>;
        const author = authors.find((a) => a.slug === part.value);
        return author ? (
          <IntentLink key={i} href={routes.author(lang, author.slug)} rel="author">
            {author.name}
          </IntentLink>
        ) : null;
      })}
    </p>
  );
}
