// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageSwitcher } from '@/components/i18n/language-switcher';

const push = vi.fn();
vi.mock('next/navigation', () => ({
  useRouter: () => ({ push }),
  usePathname: () => '/de/articles/x',
}));

function clearCookie() {
  document.cookie = 'NEXT_LOCALE=; path=/; max-age=0';
}

beforeEach(() => {
  push.mockReset();
  clearCookie();
  document.head.innerHTML = '';
});
afterEach(clearCookie);

describe('LanguageSwitcher', () => {
  it('marks the current language and links the other one to the given target', () => {
    render(<LanguageSwitcher lang="de" targets={{ en: '/en/articles/klarna-halves-workforce' }} variant="full" />);
    const nav = screen.getByRole('navigation', { name: 'Sprache wechseln' });
    expect(within(nav).getByText('Deutsch')).toHaveAttribute('aria-current', 'true');
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', '/en/articles/klarna-halves-workforce');
    expect(links[0]).toHaveAttribute('hreflang', 'en');
  });

  it('falls back to the other language home', () => {
    render(<LanguageSwitcher lang="en" />);
    expect(screen.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('href', '/de');
  });

  it('stores the choice in the NEXT_LOCALE cookie on click', () => {
    render(<LanguageSwitcher lang="de" targets={{ en: '/en' }} />);
    const link = screen.getByRole('link', { name: 'English' });
    link.addEventListener('click', (e) => e.preventDefault()); // jsdom can't navigate
    fireEvent.click(link);
    expect(document.cookie).toContain('NEXT_LOCALE=en');
  });

  it('in the header, follows the page hreflang alternate', () => {
    document.head.innerHTML = '<link rel="alternate" hreflang="en" href="https://news.example/en/articles/translated?x=1">';
    render(<LanguageSwitcher lang="de" followAlternate />);
    fireEvent.click(screen.getByRole('link', { name: 'English' }));
    expect(push).toHaveBeenCalledWith('/en/articles/translated?x=1');
  });

  it('in the header, sends an untranslated article to the other home with a notice', () => {
    window.history.pushState({}, '', '/de/articles/nur-deutsch');
    render(<LanguageSwitcher lang="de" followAlternate />);
    fireEvent.click(screen.getByRole('link', { name: 'English' }));
    expect(push).toHaveBeenCalledWith('/en?notice=untranslated');
  });

  it('in the header, sends any page without a version in the other language to that home with a notice', () => {
    window.history.pushState({}, '', '/de/tag/nur-deutsch');
    render(<LanguageSwitcher lang="de" followAlternate />);
    fireEvent.click(screen.getByRole('link', { name: 'English' }));
    expect(push).toHaveBeenCalledWith('/en?notice=untranslated');
  });

  it('in the header, shows the followed target in the href once pointed at or focused (new tab, copy link)', () => {
    document.head.innerHTML = '<link rel="alternate" hreflang="en" href="https://news.example/en/search?q=klarna">';
    render(<LanguageSwitcher lang="de" followAlternate />);
    const link = screen.getByRole('link', { name: 'English' });
    expect(link).toHaveAttribute('href', '/en');
    fireEvent.pointerEnter(link);
    expect(link).toHaveAttribute('href', '/en/search?q=klarna');
    document.head.innerHTML = '';
    fireEvent.focus(link);
    expect(link).toHaveAttribute('href', '/en?notice=untranslated');
  });

  it('leaves modified clicks (new tab) to the browser', () => {
    document.head.innerHTML = '<link rel="alternate" hreflang="en" href="https://news.example/en/articles/translated">';
    render(<LanguageSwitcher lang="de" followAlternate />);
    const link = screen.getByRole('link', { name: 'English' });
    link.addEventListener('click', (e) => e.preventDefault());
    fireEvent.click(link, { ctrlKey: true });
    expect(push).not.toHaveBeenCalled();
  });
});
