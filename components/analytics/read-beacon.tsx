'use client';

import { useEffect } from 'react';
import type { Locale } from '@/lib/i18n/settings';

/**
 * Reports one article read to POST /api/reads. No cookies, no identifiers:
 * the server derives an anonymous, daily-rotating visitor hash itself.
 */
export function ReadBeacon({ lang, slug }: { lang: Locale; slug: string }) {
  useEffect(() => {
    const body = JSON.stringify({ lang, slug });
    try {
      const blob = new Blob([body], { type: 'application/json' });
      if (typeof navigator.sendBeacon === 'function' && navigator.sendBeacon('/api/reads', blob)) return;
    } catch {
      // fall through to fetch
    }
    void fetch('/api/reads', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      keepalive: true,
      credentials: 'omit',
    }).catch(() => undefined);
  }, [lang, slug]);
  return null;
}
