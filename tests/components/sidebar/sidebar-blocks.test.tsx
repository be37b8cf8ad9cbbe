// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthorBox } from '@/components/sidebar/author-box';
import { ConsultingCta } from '@/components/sidebar/consulting-cta';
import { FollowUs } from '@/components/sidebar/follow-us';
import { HotCategories } from '@/components/sidebar/hot-categories';
import { PopularArticles } from '@/components/sidebar/popular-articles';
import { author } from '../article/fixtures';

describe('ConsultingCta', () => {
  it('offers tailored AI solutions and leads to the consulting page with "Beraten lassen"', () => {
    render(<ConsultingCta lang="de" />);
    const block = screen.getByRole('region', { name: /KI-Lösungen/ });
    expect(within(block).getByText(/strategischer Partner/)).toBeInTheDocument();
    expect(within(block).getByRole('link', { name: 'Beraten lassen' })).toHaveAttribute('href', '/de/consulting');
  });

  it('says "Get advice" in English', () => {
    render(<ConsultingCta lang="en" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/AI solutions tailored to your company/);
    expect(screen.getByRole('link', { name: 'Get advice' })).toHaveAttribute('href', '/en/consulting');
  });
});

describe('PopularArticles', () => {
  it('is a numbered list linking each article', () => {
    const articles = [
      { slug: 'a', title: 'Erster' },
      { slug: 'b', title: 'Zweiter' },
    ];
    render(<PopularArticles articles={articles} lang="de" />);
    const list = within(screen.getByRole('region', { name: 'Beliebte Artikel' })).getByRole('list');
    expect(list.tagName).toBe('OL');
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/de/articles/a', '/de/articles/b']);
  });

  it('renders nothing without articles', () => {
    const { container } = render(<PopularArticles articles={[]} lang="de" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('AuthorBox', () => {
  it('shows name, role, bio, profile links and the author page', () => {
    render(<AuthorBox author={author} lang="de" />);
    const box = screen.getByTestId('author-box');
    expect(within(box).getByRole('heading', { name: 'Zur Person' })).toBeInTheDocument();
    expect(within(box).getByRole('link', { name: 'Oliver Welling' })).toHaveAttribute('href', '/de/author/oliver-welling');
    expect(box).toHaveTextContent('Chefredakteur');
    expect(box).toHaveTextContent('Schreibt über KI in Unternehmen.');
    const linkedin = within(box).getByRole('link', { name: 'Oliver Welling auf LinkedIn' });
    expect(linkedin).toHaveAttribute('href', 'https://www.linkedin.com/in/example');
    expect(linkedin).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(box).getByRole('link', { name: 'Alle Beiträge von Oliver Welling' })).toHaveAttribute('href', '/de/author/oliver-welling');
  });

  it('uses the English role and bio on English pages', () => {
    render(<AuthorBox author={author} lang="en" />);
    expect(screen.getByTestId('author-box')).toHaveTextContent('Editor-in-Chief');
    expect(screen.getByRole('link', { name: 'All articles by Oliver Welling' })).toHaveAttribute('href', '/en/author/oliver-welling');
  });
});

describe('FollowUs and HotCategories', () => {
  it('lists the social profiles under "Folge uns"', () => {
    render(<FollowUs lang="de" profiles={[{ id: 'linkedin', label: 'LinkedIn', url: 'https://www.linkedin.com/company/x' }]} />);
    const block = screen.getByRole('region', { name: 'Folge uns' });
    expect(within(block).getByRole('link', { name: /auf LinkedIn/ })).toHaveAttribute('href', 'https://www.linkedin.com/company/x');
  });

  it('shows each hot category with its count', () => {
    const categories = [
      { slug: 'business', name: { de: 'Business', en: 'Business' }, count: 4 },
      { slug: 'forschung', name: { de: 'Forschung', en: 'Research' }, count: 1 },
    ];
    render(<HotCategories categories={categories} lang="de" />);
    const rows = within(screen.getByRole('region', { name: 'Hot Categories' })).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Business4 Beiträge');
    expect(rows[1]).toHaveTextContent('Forschung1 Beitrag');
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', '/de/category/forschung');
  });
});
