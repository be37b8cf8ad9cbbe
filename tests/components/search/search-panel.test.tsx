// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchMessages } from '@/components/search/search-messages';
import { SearchPanel } from '@/components/search/search-panel';
import { pickMessages } from '@/lib/i18n/client-resources';
import type { SearchApiResponse } from '@/lib/search/types';

const push = vi.fn();
let pathname = '/de';
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }), usePathname: () => pathname }));

const answer = (total: number): SearchApiResponse => ({
  query: 'Klarna',
  total,
  countText: 'unused',
  hits: Array.from({ length: Math.min(total, 5) }, (_, i) => ({
    url: `/de/articles/${String.fromCharCode(97 + i)}`,
    title: [{ text: `Klarna ${i}`, hit: false }],
    snippet: [{ text: '<b>nicht fett</b>', hit: true }],
    category: 'Business',
    date: '2024-08-28T09:30:00+02:00',
    dateText: '28. August 2024',
  })),
});

let total = 2;
const fetchMock = vi.fn(async () => new Response(JSON.stringify(answer(total)), { status: 200 }));

beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});
beforeEach(() => {
  push.mockReset();
  fetchMock.mockClear();
  total = 2;
  pathname = '/de';
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** The header's server-rendered box, then the panel that the opener mounts on its first focus. */
function setup(lang: 'de' | 'en' = 'de', typedBefore = '') {
  const box = document.createElement('input');
  box.id = 'header-search';
  box.type = 'search';
  box.value = typedBefore;
  document.body.append(box);
  box.focus();
  const view = render(<SearchPanel lang={lang} resources={pickMessages(lang, searchMessages)} resultsPath={`/${lang}/search`} inputId="header-search" />);
  const type = (value: string) => {
    box.value = value;
    fireEvent.input(box);
  };
  return { box, type, ...view };
}

const key = (box: HTMLElement, k: string) => act(() => void fireEvent.keyDown(box, { key: k }));

describe('SearchPanel (results under the header search box)', () => {
  it('shows results for the typed text after a pause, without touching the box', async () => {
    const { box, type } = setup();
    type('Klarna');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe('/api/search?lang=de&q=Klarna');
    expect(box.value).toBe('Klarna');
    expect(box).toHaveFocus();
    // The box's combobox attributes follow in an effect after the options render (seen late in CI).
    await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
    expect(box).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);
    expect(document.querySelector('[data-testid="search-panel"] b')).toBeNull();
  });

  it('searches what was typed before it loaded', async () => {
    setup('de', 'Klarna');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
  });

  it('one request after a burst of keystrokes', async () => {
    const { type } = setup();
    for (const q of ['K', 'Kl', 'Kla', 'Klar']) type(q);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toContain('q=Klar');
  });

  it('moves the highlight with the arrow keys and opens it with Enter', async () => {
    const { box, type } = setup();
    type('Klarna');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    key(box, 'ArrowDown');
    key(box, 'ArrowDown');
    const options = screen.getAllByRole('option');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    key(box, 'ArrowUp');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    key(box, 'Enter');
    expect(push).toHaveBeenCalledWith('/de/articles/a');
    expect(screen.getByTestId('search-panel')).not.toBeVisible();
  });

  it('Enter without a highlight opens the results page', async () => {
    const { box, type } = setup();
    type('Klarna KI');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    key(box, 'Enter');
    expect(push).toHaveBeenCalledWith('/de/search?q=Klarna+KI');
  });

  it('Escape closes the panel and clears the highlight; typing opens it again', async () => {
    const { box, type } = setup();
    type('Klarna');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    key(box, 'ArrowDown');
    key(box, 'Escape');
    expect(screen.getByTestId('search-panel')).not.toBeVisible();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(box).not.toHaveAttribute('aria-controls');
    type('Klarna K');
    await waitFor(() => expect(screen.getByTestId('search-panel')).toBeVisible());
  });

  it('closes when the page changes', async () => {
    const { type, rerender } = setup();
    type('Klarna');
    await waitFor(() => expect(screen.getByTestId('search-panel')).toBeVisible());
    pathname = '/de/articles/a';
    rerender(<SearchPanel lang="de" resources={pickMessages('de', searchMessages)} resultsPath="/de/search" inputId="header-search" />);
    expect(screen.getByTestId('search-panel')).not.toBeVisible();
  });

  it('opens a result on click', async () => {
    const { type } = setup();
    type('Klarna');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    fireEvent.click(screen.getAllByRole('option')[1]!);
    expect(push).toHaveBeenCalledWith('/de/articles/b');
  });

  it('announces the count with plural forms, in both languages', async () => {
    for (const [lang, count, text] of [
      ['de', 1, '1 Treffer'],
      ['de', 3, '3 Treffer'],
      ['en', 1, '1 result'],
      ['en', 3, '3 results'],
    ] as const) {
      total = count;
      const { type, unmount } = setup(lang);
      type('Klarna');
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`^${text}$`)));
      unmount();
      document.body.innerHTML = '';
    }
  });

  it('does not search for blanks', async () => {
    const { type } = setup();
    type('   ');
    await new Promise((r) => setTimeout(r, 400));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByTestId('search-panel')).not.toBeVisible();
  });

  it('says when the search is unavailable', async () => {
    fetchMock.mockImplementationOnce(async () => new Response('{}', { status: 500 }));
    const { type } = setup('en');
    type('Klarna');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Search is unavailable right now. Please try again.'));
    expect(screen.getByTestId('search-panel')).toBeVisible();
    expect(screen.getByTestId('search-panel')).toHaveTextContent('Search is unavailable');
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
