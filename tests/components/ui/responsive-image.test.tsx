// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResponsiveImage, thinSrcSet } from '@/components/ui/responsive-image';

function widths(srcSet: string | null | undefined): number[] {
  return (srcSet ?? '').split(', ').map((e) => Number.parseInt(e.split(' ')[1] ?? '', 10));
}

function img(markup: string): HTMLImageElement {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const el = doc.querySelector('img');
  if (!el) throw new Error(`no <img> in ${markup}`);
  return el;
}

describe('ResponsiveImage', () => {
  it('renders an optimized <img> whose candidates stop at the source width', () => {
    const el = img(
      renderToStaticMarkup(<ResponsiveImage src="/images/articles/x.webp" alt="Cover" width={1200} height={675} sizes="(min-width: 1240px) 780px, 100vw" />),
    );
    expect(el.getAttribute('alt')).toBe('Cover');
    expect(el.getAttribute('width')).toBe('1200');
    expect(el.getAttribute('height')).toBe('675');
    expect(el.getAttribute('loading')).toBe('lazy');
    expect(el.getAttribute('sizes')).toBe('(min-width: 1240px) 780px, 100vw');
    const w = widths(el.getAttribute('srcset'));
    // The optimizer's own list goes up to 3840 px and has 750/1080 between these.
    expect(w).toEqual([640, 828, 1200]);
    expect(el.getAttribute('src')).toContain('w=1200');
    expect(el.getAttribute('srcset')).toContain('/_next/image?url=%2Fimages%2Farticles%2Fx.webp&w=640&q=75 640w');
  });

  it('loads the page’s main image eagerly at high priority', () => {
    const el = img(renderToStaticMarkup(<ResponsiveImage src="/images/articles/x.webp" alt="" width={1200} height={675} sizes="100vw" preloadImage />));
    expect(el.getAttribute('loading')).toBe('eager');
    expect(el.getAttribute('fetchpriority')).toBe('high');
  });

  it('serves an unoptimized file as it is, without srcset', () => {
    const el = img(renderToStaticMarkup(<ResponsiveImage src="/images/authors/a.svg" alt="" width={64} height={64} unoptimized className="avatar" />));
    expect(el.getAttribute('src')).toBe('/images/authors/a.svg');
    expect(el.hasAttribute('srcset')).toBe(false);
    expect(el.getAttribute('class')).toBe('avatar');
  });
});

describe('thinSrcSet', () => {
  it('keeps the first candidate that covers a source width outside the list', () => {
    const set = [640, 750, 828, 1080, 1200, 1920, 2048, 3840].map((w) => `/i?w=${w} ${w}w`).join(', ');
    expect(thinSrcSet(set, 1000)).toEqual({ srcSet: '/i?w=640 640w, /i?w=828 828w, /i?w=1200 1200w', largest: '/i?w=1200' });
  });

  it('leaves a list it does not recognise alone', () => {
    expect(thinSrcSet('/i?w=700 700w, /i?w=900 900w', 1200)).toEqual({ srcSet: '/i?w=700 700w, /i?w=900 900w', largest: '/i?w=900' });
  });
});
