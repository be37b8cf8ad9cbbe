'use client';

import { useRouter } from 'next/navigation';
import type { MouseEvent, ReactNode } from 'react';
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/settings';

const ONE_YEAR = 60 * 60 * 24 * 365;

export interface LocaleLinkProps {
  href: string;
  locale: Locale;
  className?: string;
  children: ReactNode;
  /**
   * In the site header the server can't know the page's translation; with this flag the link
   * follows the page's own hreflang alternate instead, or marks an untranslated article.
   */
  followAlternate?: boolean;
}

/** A link to another language that remembers the reader's choice in the NEXT_LOCALE cookie. */
export function LocaleLink({ href, locale, className, children, followAlternate = false }: LocaleLinkProps) {
  const router = useRouter();
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
    if (!followAlternate || event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    const alternate = document.head.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${locale}"]`);
    let target: string | undefined;
    if (alternate) {
      const url = new URL(alternate.href, window.location.href);
      target = url.pathname + url.search;
    } else if (/^\/[a-z]{2}\/articles\//.test(window.location.pathname)) {
      target = `${href}?notice=untranslated`;
    }
    if (target && target !== href) {
      event.preventDefault();
      router.push(target);
    }
  }
  return (
    <a href={href} hrefLang={locale} lang={locale} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
