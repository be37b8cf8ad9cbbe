'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { ClientResources } from '@/lib/i18n/client-resources';
import type { Locale } from '@/lib/i18n/settings';

// The button itself, with i18next, is fetched only as the share links come near the screen: the
// article's first-load JavaScript carries neither, and most readers never scroll that far.
const CopyLinkControl = dynamic(() => import('@/components/article/copy-link-control').then((m) => m.CopyLinkControl), { ssr: false });

interface Props {
  url: string;
  lang: Locale;
  /** From the server: components/article/copy-link-messages.ts. */
  resources: ClientResources;
  className?: string;
}

/**
 * Copies the article URL. Nothing is rendered on the server, so readers without JavaScript never
 * see a button that can't work.
 */
export function CopyLinkButton({ url, lang, resources, className }: Props) {
  const [near, setNear] = useState(false);
  const marker = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const el = marker.current;
    if (!el) return;
    if (typeof IntersectionObserver !== 'function') {
      // No observer to wait for: load now (outside the effect's own run).
      const timer = setTimeout(() => setNear(true), 0);
      return () => clearTimeout(timer);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      // Well ahead of the reader (and of keyboard focus, which scrolls the page as it moves).
      { rootMargin: '800px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return near ? <CopyLinkControl url={url} lang={lang} resources={resources} className={className} /> : <span ref={marker} />;
}
