'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Enhances the <details> phone menu: it closes after a client-side navigation (the layout, and
 * with it the open menu, survives route changes), on Escape, returning focus to its toggle, and
 * when focus or a tap moves outside it (the panel lies over the page).
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
    function onOutside(event: Event) {
      const menu = document.getElementById(menuId);
      if (menu instanceof HTMLDetailsElement && menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onOutside);
    document.addEventListener('pointerdown', onOutside);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onOutside);
      document.removeEventListener('pointerdown', onOutside);
    };
  }, [menuId]);

  return null;
}
