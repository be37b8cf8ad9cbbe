// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleHeader } from '@/components/article/article-header';
import { SourceReference } from '@/components/article/source-reference';
import { shareUrls } from '@/components/article/share-links';

const category = { slug: 'business', name: { de: 'Business', en: 'Business' } };
const authors = [
  { slug: 'oliver-welling', name: 'Oliver Welling' },
  { slug: 'lena-hartmann', name: 'Lena Hartmann' },
];

function header(overrides: Partial<Parameters<typeof ArticleHeader>[0]['article']> = {}, lang: 'de' | 'en' = 'de') {
  const article = { title: 'Klarna halbiert', lead: 'Der Lead.', date: '2024-08-28T09:30:00+02:00', readingMinutes: 4, status: 'published' as const, ...overrides };
  return render(<ArticleHeader article={article} authors={authors} category={category} lang={lang} />);
}

describe('ArticleHeader', () => {
  it('links the category and every author, and joins authors the German way', () => {
    header();
    expect(screen.getByRole('link', { name: 'Business' })).toHaveAttribute('href', '/de/category/business');
    const byline = screen.getByTestId('byline');
    expect(byline).toHaveTextContent('Von Oliver Welling und Lena Hartmann');
    expect(within(byline).getByRole('link', { name: 'Lena Hartmann' })).toHaveAttribute('href', '/de/author/lena-hartmann');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Klarna halbiert');
  });

  it('shows publication and update times as <time> in Berlin time', () => {
    const { container } = header({ updated: '2024-08-29T14:00:00+02:00' });
    const times = container.querySelectorAll('time');
    expect(times).toHaveLength(2);
    expect(times[0]).toHaveAttribute('datetime', '2024-08-28T09:30:00+02:00');
    expect(times[0]).toHaveTextContent('28. August 2024, 9:30 Uhr');
    expect(times[1]).toHaveTextContent('Aktualisiert am 29. August 2024');
    expect(screen.getByTestId('reading-time')).toHaveTextContent('4 Minuten Lesezeit');
  });

  it('uses English wording on English pages', () => {
    header({ readingMinutes: 1 }, 'en');
    expect(screen.getByTestId('byline')).toHaveTextContent('By Oliver Welling and Lena Hartmann');
    expect(screen.getByTestId('reading-time')).toHaveTextContent('1 minute read');
  });

  it('marks drafts and scheduled articles, never published ones', () => {
    const { unmount } = header({ status: 'draft' });
    expect(screen.getByTestId('status-marker')).toHaveTextContent('Entwurf');
    unmount();
    header({ status: 'scheduled' });
    expect(screen.getByTestId('status-marker')).toHaveTextContent('Geplant');
  });

  it('has no marker for a published article', () => {
    header();
    expect(screen.queryByTestId('status-marker')).toBeNull();
  });
});

describe('SourceReference and share links', () => {
  it('links the original headline externally with noopener noreferrer', () => {
    render(
      <SourceReference
        source={{ title: 'Klarna plans to cut workforce by nearly half with AI', url: 'https://www.example.com/klarna' }}
        labels={{ heading: 'Quelle', text: 'Grundlage:', external: '(externer Link)' }}
      />,
    );
    const link = screen.getByRole('link', { name: /Klarna plans to cut workforce/ });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('href', 'https://www.example.com/klarna');
    expect(screen.getByText('(example.com)')).toBeInTheDocument();
  });

  it('encodes the article URL and title into every share link', () => {
    const urls = shareUrls('https://news.example/de/articles/a?b=1&c=2', 'KI & Arbeit', 'Lies: https://news.example/de/articles/a?b=1&c=2');
    const encoded = encodeURIComponent('https://news.example/de/articles/a?b=1&c=2');
    expect(urls.linkedin).toContain(`url=${encoded}`);
    expect(urls.xing).toContain(`url=${encoded}`);
    expect(urls.x).toContain(`url=${encoded}`);
    expect(urls.x).toContain('text=KI%20%26%20Arbeit');
    expect(urls.email.startsWith('mailto:?subject=KI%20%26%20Arbeit&body=')).toBe(true);
    // A raw "&" from the URL must not split the query of the share link.
    expect(new URL(urls.linkedin).searchParams.get('url')).toBe('https://news.example/de/articles/a?b=1&c=2');
  });
});
