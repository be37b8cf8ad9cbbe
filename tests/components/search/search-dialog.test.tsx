// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchDialog } from '@/components/search/search-dialog';
import { searchMessages } from '@/components/search/search-messages';
import { pickMessages } from '@/lib/i18n/client-resources';
import type { SearchApiResponse } from '@/lib/search/types';

const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

const response: SearchApiResponse = {
  query: 'Klarna',
  total: 2,
  countText: '2 Treffer',
  hits: ['/de/articles/a', '/de/articles/b'].map((url, i) => ({
    url,
    title: [{ text: `Klarna ${i}`, hit: false }],
    snippet: [{ text: '<b>nicht fett</b>', hit: true }],
    category: 'Business',
    date: '2024-08-28T09:30:00+02:00',
    dateText: '28. August 2024',
  })),
};

beforeAll(() => {
  // jsdom has no modal dialogs; these stand-ins keep the `open` attribute in step.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  Element.prototype.scrollIntoView = () => {};
});

const fetchMock = vi.fn(async () => new Response(JSON.stringify(response), { status: 200 }));
beforeEach(() => {
  push.mockReset();
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function setup(initialQuery = '', lang: 'de' | 'en' = 'de') {
  const onClose = vi.fn();
  render(<SearchDialog lang={lang} resources={pickMessages(lang, searchMessages)} resultsPath={`/${lang}/search`} open initialQuery={initialQuery} onClose={onClose} />);
  return { onClose, box: screen.getByRole('combobox', { hidden: true }) };
}

describe('SearchDialog', () => {
  it('focuses the box and fetches results for the typed query', async () => {
    const { box } = setup();
    expect(box).toHaveFocus();
    fireEvent.change(box, { target: { value: 'Klarna' } });
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true })).toHaveLength(2));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe('/api/search?lang=de&q=Klarna');
    expect(screen.getByRole('status', { hidden: true })).toHaveTextContent('2 Treffer');
    // Snippet markup arrives as text and stays text.
    expect(document.querySelector('dialog b')).toBeNull();
  });

  it('moves with the arrow keys and opens the chosen result with Enter', async () => {
    const { box, onClose } = setup('Klarna');
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true })).toHaveLength(2));
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const options = screen.getAllByRole('option', { hidden: true });
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(push).toHaveBeenCalledWith('/de/articles/a');
    expect(onClose).toHaveBeenCalled();
  });

  it('goes to the results page on Enter without a chosen result', async () => {
    const { box } = setup('Klarna KI');
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true })).toHaveLength(2));
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(push).toHaveBeenCalledWith('/de/search?q=Klarna+KI');
  });

  it('opens a result on click', async () => {
    setup('Klarna');
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true })).toHaveLength(2));
    fireEvent.click(screen.getAllByRole('option', { hidden: true })[1]!);
    expect(push).toHaveBeenCalledWith('/de/articles/b');
  });

  it('closes on Escape', () => {
    const { box, onClose } = setup();
    act(() => {
      fireEvent.keyDown(box, { key: 'Escape' });
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('does not fetch for an empty query', async () => {
    const { box } = setup();
    fireEvent.change(box, { target: { value: '   ' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("says the count with the language's plural forms", async () => {
    const answer = (total: number): SearchApiResponse => ({ ...response, total, hits: response.hits.slice(0, total) });
    for (const [lang, total, text] of [
      ['de', 1, '1 Treffer'],
      ['de', 3, '3 Treffer'],
      ['en', 1, '1 result'],
      ['en', 3, '3 results'],
    ] as const) {
      fetchMock.mockImplementationOnce(async () => new Response(JSON.stringify(answer(total)), { status: 200 }));
      const { unmount } = render(
        <SearchDialog lang={lang} resources={pickMessages(lang, searchMessages)} resultsPath={`/${lang}/search`} open initialQuery="Klarna" onClose={() => {}} />,
      );
      await waitFor(() => expect(screen.getByRole('status', { hidden: true })).toHaveTextContent(new RegExp(`^${text}$`)));
      unmount();
    }
  });

  it("speaks the page's language", () => {
    setup('', 'en');
    expect(screen.getByRole('dialog', { hidden: true })).toHaveAccessibleName('Search articles');
    expect(screen.getByRole('button', { name: 'Close search', hidden: true })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { hidden: true })).toHaveAttribute('placeholder', 'Search …');
  });
});
