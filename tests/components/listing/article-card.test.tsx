// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFixtureContent } from '../../helpers/fixture-content';
import { ArticleCard } from '@/components/listing/article-card';
import { makeArticle } from './fixtures';

withFixtureContent();

describe('ArticleCard', () => {
  it('links the title to the article and the label to its category', () => {
    render(<ArticleCard article={makeArticle()} lang="de" />);
    const title = screen.getByRole('heading', { level: 3 });
    expect(within(title).getByRole('link')).toHaveAttribute('href', '/de/articles/klarna-halbiert-belegschaft');
    expect(screen.getByRole('link', { name: 'Business' })).toHaveAttribute('href', '/de/category/business');
    expect(screen.getByText(/fast die Hälfte seiner Stellen/)).toBeInTheDocument();
  });

  it('formats the date in Berlin time and shows the reading time in the page language', () => {
    // 23:30 UTC on 31 Dec is already 1 January in Berlin.
    const article = makeArticle({ date: '2024-12-31T23:30:00Z', readingMinutes: 7 });
    const { rerender } = render(<ArticleCard article={article} lang="de" />);
    const time = screen.getByText('1. Januar 2025');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('dateTime', '2024-12-31T23:30:00Z');
    expect(screen.getByText('7 Min. Lesezeit')).toBeInTheDocument();

    rerender(<ArticleCard article={{ ...article, lang: 'en', slug: 'klarna-halves-workforce' }} lang="en" />);
    expect(screen.getByText('1 January 2025')).toBeInTheDocument();
    expect(screen.getByText('7 min read')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Klarna/ })).toHaveAttribute('href', '/en/articles/klarna-halves-workforce');
  });

  it('marks a draft and a scheduled article, and never a published one', () => {
    const { rerender } = render(<ArticleCard article={makeArticle({ draft: true, status: 'draft' })} lang="de" />);
    expect(screen.getByTestId('status-marker')).toHaveTextContent('Entwurf – nicht veröffentlicht');

    rerender(<ArticleCard article={makeArticle({ date: '2099-01-01T08:00:00+01:00', status: 'scheduled' })} lang="de" />);
    expect(screen.getByTestId('status-marker')).toHaveTextContent('Geplant – erscheint am 1. Januar 2099');

    rerender(<ArticleCard article={makeArticle({ date: '2099-01-01T08:00:00+01:00', status: 'scheduled' })} lang="en" />);
    expect(screen.getByTestId('status-marker')).toHaveTextContent('Scheduled – goes live on 1 January 2099');

    rerender(<ArticleCard article={makeArticle()} lang="de" />);
    expect(screen.queryByTestId('status-marker')).toBeNull();
  });

  it('uses the requested heading level', () => {
    render(<ArticleCard article={makeArticle()} lang="de" headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Klarna halbiert die Belegschaft mit KI');
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });

  it('shows the cover with its alt text, and hides it on request or in the compact variant', () => {
    const article = makeArticle({ cover: { src: '/images/articles/klarna/cover.webp', alt: 'Klarna-Logo an einer Glasfassade', width: 1600, height: 900 } });
    const { rerender } = render(<ArticleCard article={article} lang="de" />);
    expect(screen.getByRole('img', { name: 'Klarna-Logo an einer Glasfassade' })).toBeInTheDocument();

    rerender(<ArticleCard article={article} lang="de" showImage={false} />);
    expect(screen.queryByRole('img')).toBeNull();

    rerender(<ArticleCard article={article} lang="de" variant="compact" />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByText(/fast die Hälfte seiner Stellen/)).toBeNull();
  });

  it('renders no image element when the article has no cover', () => {
    render(<ArticleCard article={makeArticle()} lang="de" />);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('omits the category label for an unknown category instead of printing the slug', () => {
    render(<ArticleCard article={makeArticle({ category: 'gibt-es-nicht' })} lang="de" />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
