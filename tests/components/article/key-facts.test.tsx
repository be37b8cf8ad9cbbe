// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyFacts } from '@/components/article/key-facts';

const facts = [
  { label: 'Belegschaftsreduktion', text: 'Von gut 4.000 auf etwa 2.000 Beschäftigte.' },
  { label: 'Keine Entlassungen', text: 'Fluktuation und Einstellungsstopp statt Kündigungen.' },
  { label: 'Erhöhte Produktivität', text: 'Umsatz pro Kopf plus 73 Prozent.' },
];

describe('KeyFacts', () => {
  it('is a labelled aside with one item per fact: bold label, then the sentence', () => {
    render(<KeyFacts facts={facts} heading="Das musst Du wissen" />);
    const box = screen.getByRole('complementary', { name: 'Das musst Du wissen' });
    const items = within(box).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    items.forEach((item, i) => {
      const label = item.querySelector('strong');
      expect(label).toHaveTextContent(facts[i]!.label);
      // The label comes first and the sentence follows in the same item.
      expect(item.textContent?.startsWith(facts[i]!.label)).toBe(true);
      expect(item).toHaveTextContent(facts[i]!.text);
    });
  });

  it('renders the heading it is given (English page)', () => {
    render(<KeyFacts facts={facts} heading="What you need to know" />);
    expect(screen.getByRole('heading', { level: 2, name: 'What you need to know' })).toBeInTheDocument();
  });

  it('renders nothing without facts', () => {
    const { container } = render(<KeyFacts facts={[]} heading="Das musst Du wissen" />);
    expect(container).toBeEmptyDOMElement();
  });
});
