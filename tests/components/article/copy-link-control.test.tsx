// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyLinkMessages } from '@/components/article/copy-link-messages';
import { CopyLinkControl } from '@/components/article/copy-link-control';
import { pickMessages } from '@/lib/i18n/client-resources';

const URL = 'https://example.com/en/articles/x';

afterEach(() => vi.unstubAllGlobals());

describe('CopyLinkControl', () => {
  it('speaks the page language from the resources it was given, on the first render', () => {
    render(<CopyLinkControl url={URL} lang="en" resources={pickMessages('en', copyLinkMessages)} />);
    expect(screen.getByRole('button')).toHaveTextContent(/^Copy link$/);
    render(<CopyLinkControl url={URL} lang="de" resources={pickMessages('de', copyLinkMessages)} />);
    expect(screen.getAllByRole('button')[1]).toHaveTextContent(/^Link kopieren$/);
  });

  it('copies the address and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<CopyLinkControl url={URL} lang="de" resources={pickMessages('de', copyLinkMessages)} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link kopiert'));
    expect(writeText).toHaveBeenCalledWith(URL);
  });

  it('says when copying is not possible', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    render(<CopyLinkControl url={URL} lang="en" resources={pickMessages('en', copyLinkMessages)} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Couldn’t copy'));
  });
});
