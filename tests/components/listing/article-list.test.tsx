// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withFixtureContent } from '../../helpers/fixture-content';
import { ArticleList } from '@/components/listing/article-list';
import { groupByMonth } from '@/components/listing/archive-list';
import { makeArticle } from './fixtures';

withFixtureContent();

const articles = [
  makeArticle({ slug: 'a', title: 'Erster Beitrag', date: '2024-09-02T10:00:00+02:00' }),
  makeArticle({ slug: 'b', title: 'Zweiter Beitrag', date: '2024-08-31T23:30:00+02:00' }),
  makeArticle({ slug: 'c', title: 'Dritter Beitrag', date: '2024-08-01T08:00:00+02:00' }),
];

describe('ArticleList', () => {
  it('renders one list item per article, in the given order', () => {
    render(<ArticleList articles={articles} lang="de" />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual(['Erster Beitrag', 'Zweiter Beitrag', 'Dritter Beitrag']);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
  });

  it('passes the heading level to every card', () => {
    render(<ArticleList articles={articles} lang="de" headingLevel={3} />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });

  it('says so when there is nothing to list', () => {
    const { rerender } = render(<ArticleList articles={[]} lang="de" />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('Hier gibt es noch keine Beiträge.')).toBeInTheDocument();
    rerender(<ArticleList articles={[]} lang="en" />);
    expect(screen.getByText('There are no articles here yet.')).toBeInTheDocument();
  });
});

describe('groupByMonth', () => {
  it('groups by the Berlin calendar month, keeping order', () => {
    // 31 Aug 23:30 Berlin is 21:30 UTC: still August, whatever the machine's zone.
    const groups = groupByMonth(articles);
    expect(groups.map((g) => [g.key, g.articles.map((a) => a.slug)])).toEqual([
      ['2024-09', ['a']],
      ['2024-08', ['b', 'c']],
    ]);
  });

  it('puts an instant just after midnight in Berlin into the new month', () => {
    const [group] = groupByMonth([makeArticle({ date: '2024-08-31T22:30:00Z' })]);
    expect(group?.key).toBe('2024-09');
  });
});
