'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Enhances the <details> phone menu: it closes after a client-side navigation (the layout, and
 * with it the open menu, survives route changes) and on Escape, returning focus to its toggle.
 */
export function MobileNavBehaviour({ menuId }: { menuId: string }) {
  const pathname = usePathname();

  useEffect(() => {
    const menu = document.getElementById(menuId);
    if (menu instanceof HTMLDetailsElement) menu.open = false;
  }, [menuId, pathname]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const menu = document.getElementById(menuId);
      if (event.key !== 'Escape' || !(menu instanceof HTMLDetailsElement) || !menu.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuId]);

  return null;
}
