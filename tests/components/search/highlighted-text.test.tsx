// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '@/components/search/highlighted-text';

describe('HighlightedText', () => {
  it('wraps hits in <mark> and renders everything else as text', () => {
    const { container } = render(
      <p>
        <HighlightedText
          segments={[
            { text: 'Neues von ', hit: false },
            { text: 'Klarna', hit: true },
            { text: ' heute', hit: false },
          ]}
        />
      </p>,
    );
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')).toHaveTextContent('Klarna');
    expect(container.textContent).toBe('Neues von Klarna heute');
  });

  it('escapes markup in segments instead of interpreting it', () => {
    const { container } = render(
      <p>
        <HighlightedText segments={[{ text: '<img src=x onerror=alert(1)>', hit: true }]} />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
