'use client';

import Link from 'next/link';
import { useState, type ComponentProps, type FocusEvent, type MouseEvent, type TouchEvent } from 'react';

export type IntentLinkProps = Omit<ComponentProps<typeof Link>, 'prefetch'>;

/**
 * next/link that prefetches when the reader shows intent (pointer over it, keyboard focus, a touch)
 * instead of as soon as it scrolls into view. Next's default prefetches every visible link on load:
 * on a phone that is a dozen payloads, route chunks and style sheets fetched and parsed while the
 * page is still becoming interactive, for links that are mostly never followed. The pattern is
 * Next's documented "hover-triggered prefetch"; the app uses this component for all internal links
 * (an ESLint rule keeps next/link out of the rest of the code).
 */
export function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...props }: IntentLinkProps) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null is Next's default ("auto"): once the reader shows intent, the route is prefetched as usual.
      prefetch={intent ? null : false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
