// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFixtureContent } from '../../helpers/fixture-content';
import { RelatedPosts } from '@/components/article/related-posts';
import { makeMeta } from './fixtures';

withFixtureContent();

describe('RelatedPosts', () => {
  const articles = [
    makeMeta({ slug: 'meta-llama', title: 'Meta setzt auf Llama' }),
    makeMeta({ slug: 'nvidia-wetter', title: 'NVIDIA beschleunigt Wetterprognosen', category: 'technologie' }),
    makeMeta({ slug: 'dritter-beitrag', title: 'Ein dritter Beitrag' }),
  ];

  it('shows a headed section with one card per related article, linking to each', () => {
    render(<RelatedPosts articles={articles} lang="de" heading="Ähnliche Beiträge" />);
    const section = screen.getByRole('region', { name: 'Ähnliche Beiträge' });
    const cards = within(section).getAllByTestId('article-card');
    expect(cards).toHaveLength(3);
    // Card titles sit one level below the section heading.
    const titles = within(section).getAllByRole('heading', { level: 3 });
    expect(titles.map((h) => h.textContent)).toEqual(['Meta setzt auf Llama', 'NVIDIA beschleunigt Wetterprognosen', 'Ein dritter Beitrag']);
    expect(within(titles[1]!).getByRole('link')).toHaveAttribute('href', '/de/articles/nvidia-wetter');
  });

  it('uses English routes on English pages', () => {
    render(<RelatedPosts articles={[makeMeta({ lang: 'en', slug: 'x-story', title: 'X story' })]} lang="en" heading="Related articles" />);
    expect(within(screen.getByRole('heading', { level: 3 })).getByRole('link')).toHaveAttribute('href', '/en/articles/x-story');
  });

  it('renders nothing when there is nothing related', () => {
    const { container } = render(<RelatedPosts articles={[]} lang="de" heading="Ähnliche Beiträge" />);
    expect(container).toBeEmptyDOMElement();
  });
});
