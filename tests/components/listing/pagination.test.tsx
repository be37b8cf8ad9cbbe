// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Pagination, pageSlots } from '@/components/listing/pagination';

const hrefFor = (n: number) => (n > 1 ? `/de/archive/${n}` : '/de/archive');

describe('Pagination', () => {
  it('renders nothing for a single page', () => {
    const { container } = render(<Pagination lang="de" page={1} pageCount={1} hrefFor={hrefFor} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('marks the current page and links neighbours with rel prev/next', () => {
    render(<Pagination lang="de" page={3} pageCount={5} hrefFor={hrefFor} />);
    const nav = screen.getByRole('navigation', { name: 'Seitennavigation' });
    const current = within(nav).getByRole('link', { name: 'Seite 3' });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getAllByRole('link').filter((a) => a.getAttribute('aria-current') === 'page')).toHaveLength(1);

    const previous = within(nav).getByRole('link', { name: /Vorherige Seite/ });
    expect(previous).toHaveAttribute('href', '/de/archive/2');
    expect(previous).toHaveAttribute('rel', 'prev');
    const next = within(nav).getByRole('link', { name: /Nächste Seite/ });
    expect(next).toHaveAttribute('href', '/de/archive/4');
    expect(next).toHaveAttribute('rel', 'next');
    expect(within(nav).getByRole('link', { name: 'Seite 1' })).toHaveAttribute('href', '/de/archive');
    expect(document.querySelector('link[rel="prev"]')).toHaveAttribute('href', '/de/archive/2');
    expect(document.querySelector('link[rel="next"]')).toHaveAttribute('href', '/de/archive/4');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    const { rerender } = render(<Pagination lang="en" page={1} pageCount={3} hrefFor={hrefFor} />);
    expect(screen.queryByRole('link', { name: /Previous page/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Next page/ })).toHaveAttribute('href', '/de/archive/2');
    rerender(<Pagination lang="en" page={3} pageCount={3} hrefFor={hrefFor} />);
    expect(screen.queryByRole('link', { name: /Next page/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Previous page/ })).toHaveAttribute('href', '/de/archive/2');
  });
});

describe('pageSlots', () => {
  it('shows every page when there are few', () => {
    expect(pageSlots(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('collapses long runs into gaps around a window of one', () => {
    expect(pageSlots(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(pageSlots(1, 20)).toEqual([1, 2, 'gap', 20]);
    expect(pageSlots(20, 20)).toEqual([1, 'gap', 19, 20]);
  });

  it('shows a single skipped page instead of an ellipsis', () => {
    expect(pageSlots(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
