'use client';

import { useRouter } from 'next/navigation';
import { useState, type MouseEvent, type ReactNode } from 'react';
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/settings';

const ONE_YEAR = 60 * 60 * 24 * 365;

export interface LocaleLinkProps {
  href: string;
  locale: Locale;
  className?: string;
  children: ReactNode;
  /**
   * In the site header the server can't know the page's translation; with this flag the link
   * follows the page's own hreflang alternate instead, or leads to that language's home with a
   * notice when the page has no version in it.
   */
  followAlternate?: boolean;
}

/** The current page's version in `locale` (its hreflang alternate), else `home` with a notice. */
function alternateTarget(locale: Locale, home: string): string {
  const alternate = document.head.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${locale}"]`);
  if (!alternate) return `${home}?notice=untranslated`;
  const url = new URL(alternate.href, window.location.href);
  return url.pathname + url.search;
}

/** A link to another language that remembers the reader's choice in the NEXT_LOCALE cookie. */
export function LocaleLink({ href, locale, className, children, followAlternate = false }: LocaleLinkProps) {
  const router = useRouter();
  // The href shown once the reader points at or focuses the link, so that opening it in a new tab
  // or copying it gives the same page a click does.
  const [target, setTarget] = useState(href);
  const resolve = () => {
    if (followAlternate) setTarget(alternateTarget(locale, href));
  };
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
    if (!followAlternate || event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    const next = alternateTarget(locale, href);
    if (next !== href) {
      event.preventDefault();
      router.push(next);
    }
  }
  return (
    <a
      href={followAlternate ? target : href}
      hrefLang={locale}
      lang={locale}
      className={className}
      onClick={onClick}
      onPointerEnter={resolve}
      onFocus={resolve}
    >
      {children}
    </a>
  );
}
