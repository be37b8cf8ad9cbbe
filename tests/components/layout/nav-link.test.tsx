// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NavLink } from '@/components/layout/nav-link';

vi.mock('next/navigation', () => ({ usePathname: () => '/de/category/business/2' }));

describe('NavLink', () => {
  it('marks the section the page belongs to with aria-current', () => {
    render(
      <>
        <NavLink href="/de/category/business">Business</NavLink>
        <NavLink href="/de/category/forschung">Forschung</NavLink>
        <NavLink href="/de/category/bus">Bus</NavLink>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Business' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Forschung' })).not.toHaveAttribute('aria-current');
    // A shared prefix is not a parent path.
    expect(screen.getByRole('link', { name: 'Bus' })).not.toHaveAttribute('aria-current');
  });

  it('with exact, only marks the very page', () => {
    render(<NavLink href="/de" exact>Start</NavLink>);
    expect(screen.getByRole('link', { name: 'Start' })).not.toHaveAttribute('aria-current');
  });
});
