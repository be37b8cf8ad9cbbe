'use client';

import { IntentLink } from '@/components/ui/intent-link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * Navigation link that marks itself with aria-current. usePathname also runs during prerendering,
 * so the static HTML already carries the mark; no JavaScript is needed to see it.
 */
export function NavLink({ href, className, children, exact = false }: { href: string; className?: string; children: ReactNode; exact?: boolean }) {
  const pathname = usePathname() ?? '';
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <IntentLink href={href} className={className} aria-current={active ? 'page' : undefined}>
      {children}
    </IntentLink>
  );
}
