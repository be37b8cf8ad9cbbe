import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getAllArticles,
  getArticle,
  getCategories,
  getContentIndex,
  getTags,
  getTranslation,
  getUnpublishedArticle,
  isPublicAt,
  listArticles,
  loadStore,
  nextPublicationAt,
  resetContentIndex,
  viewAt,
} from '@/lib/content';
import { resolvePage } from '@/lib/publication/pages';
import { searchArticles } from '@/lib/search';
import { signPreview } from '@/lib/preview/token';
import { VALID_CONTENT } from './helpers';

// tests/fixtures/content: "geplanter-artikel" is scheduled for 2099-01-01T08:00 Berlin (07:00 UTC),
// "entwurf-artikel" is a draft. The clock is the only thing that changes between the assertions.
const GO_LIVE = Date.parse('2099-01-01T07:00:00Z');
const env = { ...process.env };

beforeEach(() => {
  process.env.CONTENT_DIR = VALID_CONTENT;
  process.env.PUBLIC_DIR = VALID_CONTENT;
  resetContentIndex();
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => {
  process.env = env;
  resetContentIndex();
});

describe('what is public now (one rule, asked against the clock)', () => {
  it('is a question of the moment, not of when the content was read', () => {
    const store = loadStore({ contentDir: VALID_CONTENT, publicDir: VALID_CONTENT });
    const scheduled = store.articles.find((a) => a.slug === 'geplanter-artikel')!;
    const draft = store.articles.find((a) => a.slug === 'entwurf-artikel')!;
    expect(isPublicAt(scheduled, GO_LIVE - 1)).toBe(false);
    expect(isPublicAt(scheduled, GO_LIVE)).toBe(true);
    expect(isPublicAt(draft, GO_LIVE * 2)).toBe(false);
    const before = viewAt(store, GO_LIVE - 1);
    const after = viewAt(store, GO_LIVE);
    expect(before.bySlug.has('de/geplanter-artikel')).toBe(false);
    expect(after.bySlug.get('de/geplanter-artikel')?.status).toBe('published');
    expect(after.byLang.de[0]?.slug).toBe('geplanter-artikel');
    expect(after.bySlug.has('de/entwurf-artikel')).toBe(false);
    // next dev: everything, each with its status at that moment.
    expect(viewAt(store, GO_LIVE - 1, true).bySlug.get('de/geplanter-artikel')?.status).toBe('scheduled');
    expect(viewAt(store, GO_LIVE - 1, true).bySlug.get('de/entwurf-artikel')?.status).toBe('draft');
  });

  it('publishes a scheduled article at its time on every surface, without re-reading the content', async () => {
    vi.setSystemTime(GO_LIVE - 60_000);
    const before = getContentIndex();
    expect(nextPublicationAt()).toBe(GO_LIVE);
    expect(getArticle('de', 'geplanter-artikel')).toBeUndefined();
    expect(getAllArticles('de').map((a) => a.slug)).not.toContain('geplanter-artikel');
    expect(getTags('de').map((t) => t.slug)).not.toContain('zukunft');
    expect(getCategories('de').find((c) => c.slug === 'technologie')?.count).toBe(1);
    expect((await searchArticles('de', 'geplanter')).total).toBe(0);
    expect(resolvePage('/de/articles/geplanter-artikel')).toEqual({ kind: 'notFound', lang: 'de' });
    expect(resolvePage('/de/tag/zukunft')).toEqual({ kind: 'notFound', lang: 'de' });
    expect(resolvePage('/de/articles/geplanter-artikel/opengraph-image')).toEqual({ kind: 'notFound', lang: 'de' });
    // Same moment, same object: derived data stays memoised.
    expect(getContentIndex()).toBe(before);

    vi.setSystemTime(GO_LIVE);
    const after = getContentIndex();
    expect(after).not.toBe(before);
    expect(getContentIndex()).toBe(after);
    expect(nextPublicationAt()).toBeUndefined();
    expect(getArticle('de', 'geplanter-artikel')?.status).toBe('published');
    expect(getAllArticles('de')[0]?.slug).toBe('geplanter-artikel');
    expect(listArticles({ lang: 'de', category: 'technologie' }).items.map((a) => a.slug)).toEqual(['geplanter-artikel', 'nvidia-wetter']);
    expect(getTags('de').map((t) => t.slug)).toContain('zukunft');
    expect(getCategories('de').find((c) => c.slug === 'technologie')?.count).toBe(2);
    expect((await searchArticles('de', 'geplanter')).hits.map((h) => h.id)).toEqual(['geplanter-artikel']);
    expect(resolvePage('/de/articles/geplanter-artikel')).toEqual({ kind: 'page' });
    expect(resolvePage('/de/tag/zukunft')).toEqual({ kind: 'page' });
    expect(resolvePage('/de/articles/geplanter-artikel/opengraph-image')).toEqual({ kind: 'page' });
  });

  it('never shows a draft to readers, in search or as a page, whatever the clock says', async () => {
    vi.setSystemTime(GO_LIVE * 2);
    expect(getArticle('de', 'entwurf-artikel')).toBeUndefined();
    expect((await searchArticles('de', 'Entwurf')).hits.map((h) => h.id)).not.toContain('entwurf-artikel');
    expect(resolvePage('/de/articles/entwurf-artikel').kind).toBe('notFound');
    // Only a signed preview may open it (lib/preview), and the store still has it for that.
    expect(getUnpublishedArticle('de', 'entwurf-artikel')?.status).toBe('draft');
  });

  it('shows drafts and scheduled articles with their marker while editing (next dev)', () => {
    vi.stubEnv('NODE_ENV', 'development');
    try {
      vi.setSystemTime(GO_LIVE - 1);
      expect(getArticle('de', 'entwurf-artikel')?.status).toBe('draft');
      expect(getArticle('de', 'geplanter-artikel')?.status).toBe('scheduled');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('pairs a translation only while both are public', () => {
    vi.setSystemTime(GO_LIVE);
    const en = getArticle('en', 'klarna-halves-workforce')!;
    expect(getTranslation(en, 'de')?.slug).toBe('klarna-halbiert-belegschaft');
  });
});

describe('pages the production server knows (lib/publication/pages.ts)', () => {
  it('knows every listed and static page, and answers 404 for any other path under a language', () => {
    vi.setSystemTime(GO_LIVE - 1);
    for (const p of ['/de', '/en', '/de/articles/meta-llama', '/de/archive', '/de/category/business', '/de/tag/klarna', '/en/author/oliver-welling', '/de/search', '/de/feed.xml', '/en/atom.xml', '/de/category/business/feed.xml', '/de/consulting', '/de/consulting/sent', '/de/consulting/retry', '/de/impressum', '/de/articles/meta-llama/opengraph-image', '/de/articles/meta-llama/opengraph-image-1x2y3z']) {
      expect(resolvePage(p), p).toEqual({ kind: 'page' });
    }
    for (const p of ['/en/typo', '/de/articles/gibt-es-nicht', '/de/archive/2', '/de/category/nope', '/de/tag/nope', '/de/author/nobody', '/de/search/x', '/de/articles/meta-llama/x']) {
      expect(resolvePage(p), p).toEqual({ kind: 'notFound', lang: p.slice(1, 3) });
    }
    expect(resolvePage('/de/404')).toEqual({ kind: 'notFound', lang: 'de' });
    expect(resolvePage('/de/archive/')).toEqual({ kind: 'pass' });
    expect(resolvePage('/images/x.png')).toEqual({ kind: 'pass' });
  });

  it('lets a signed preview through for exactly the article it names, until it expires', () => {
    vi.setSystemTime(GO_LIVE - 1);
    vi.stubEnv('PREVIEW_SECRET', 'x'.repeat(40));
    try {
      const cookie = (slug: string, exp: number) => `a=b; technow_preview=${signPreview({ lang: 'de', slug, exp }, 'x'.repeat(40))}`;
      expect(resolvePage('/de/articles/entwurf-artikel', cookie('entwurf-artikel', GO_LIVE))).toEqual({ kind: 'page' });
      expect(resolvePage('/de/articles/geplanter-artikel', cookie('entwurf-artikel', GO_LIVE)).kind).toBe('notFound');
      expect(resolvePage('/de/articles/entwurf-artikel', cookie('entwurf-artikel', GO_LIVE - 2)).kind).toBe('notFound');
      expect(resolvePage('/de/articles/entwurf-artikel', `technow_preview=${signPreview({ lang: 'de', slug: 'entwurf-artikel', exp: GO_LIVE }, 'y'.repeat(40))}`).kind).toBe('notFound');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
