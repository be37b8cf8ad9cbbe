import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.SITE_URL = 'https://news.example.com';
});

import type { ArticleMeta, Author, CategoryWithCount, ContentIndex, TagWithCount } from '@/lib/content';
import type { Locale } from '@/lib/i18n/settings';

/*
 * The sitemaps at the archive size of issue 15: 10,000 articles per language, half of them
 * translated, 16 hashtags per language 3–6 on each article, as in the bench corpus. Reading 20,000
 * Markdown files takes minutes, and what is measured here is the sitemap code, so the content
 * module's lookups answer from an in-memory list (its own behaviour is tested in tests/unit/content).
 */
const PER_LANGUAGE = 10_000;
const CATEGORIES = ['business', 'technologie', 'forschung', 'politik', 'gesellschaft', 'tools'];
const AUTHORS = ['oliver-welling', 'lena-hartmann', 'jonas-becker'];

function synthetic(): Record<Locale, ArticleMeta[]> {
  const out: Record<Locale, ArticleMeta[]> = { de: [], en: [] };
  for (const lang of ['de', 'en'] as const) {
    for (let i = 0; i < PER_LANGUAGE; i += 1) {
      const date = new Date(Date.UTC(2016, 0, 1) + i * 8 * 3600_000).toISOString().replace('Z', '+00:00');
      const tags = Array.from({ length: 3 + (i % 4) }, (_, k) => ({ label: `Tag${(i + k * 5) % 16}`, slug: `tag${(i + k * 5) % 16}` }));
      // Only the fields the sitemap reads; the rest of ArticleMeta is irrelevant here.
      out[lang].push({
        lang,
        slug: `${lang}-artikel-${i}`,
        title: `Artikel ${i}`,
        date,
        ...(i % 3 === 0 ? { updated: new Date(Date.parse(date) + 3600_000).toISOString().replace('Z', '+00:00') } : {}),
        category: CATEGORIES[i % CATEGORIES.length] as string,
        authors: [AUTHORS[i % AUTHORS.length] as string],
        tags,
        translationKey: i % 2 === 0 ? `story-${i}` : `${lang}-only-${i}`,
        status: 'published',
      } as unknown as ArticleMeta);
    }
    out[lang].reverse(); // newest first, as the index keeps them
  }
  return out;
}

// The index only needs its category map here (category ids double as slugs in this archive).
const state = vi.hoisted(() => ({ metas: undefined as unknown as Record<'de' | 'en', ArticleMeta[]>, index: { categories: new Map() } as object }));

vi.mock('@/lib/content', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/content')>();
  const byKey = () => {
    const map = new Map<string, Map<Locale, ArticleMeta>>();
    for (const lang of ['de', 'en'] as const) for (const a of state.metas[lang]) map.set(a.translationKey, (map.get(a.translationKey) ?? new Map()).set(lang, a));
    return map;
  };
  let keys: Map<string, Map<Locale, ArticleMeta>> | undefined;
  return {
    ...original,
    getContentIndex: () => state.index as ContentIndex,
    getAllArticles: (lang: Locale) => state.metas[lang],
    getTranslation: (a: Pick<ArticleMeta, 'translationKey'>, lang: Locale) => (keys ??= byKey()).get(a.translationKey)?.get(lang),
    getCategories: (): CategoryWithCount[] => CATEGORIES.map((slug, order) => ({ slug, order, count: 1, name: { de: slug, en: slug }, description: { de: slug, en: slug } })),
    getTags: (lang: Locale): TagWithCount[] => Array.from({ length: 16 }, (_, k) => ({ label: `Tag${k}`, slug: `tag${k}`, count: state.metas[lang].length })),
    getAuthors: (): Author[] => AUTHORS.map((slug) => ({ slug, name: slug, role: { de: '', en: '' }, bio: { de: '', en: '' }, social: [] })),
  };
});

import { getPublicPages } from '@/lib/seo/pages';
import { currentSitemapFileXml, currentSitemapIndexXml, SITEMAP_CHUNK_SIZE, SITEMAP_PROTOCOL_MAX_BYTES } from '@/lib/seo/sitemap';
import { validateSitemap } from './xmllint';

state.metas = synthetic();

describe('sitemaps at 20,000 articles', () => {
  it('split into valid files of at most 5,000 URLs and 50 MB that together list every article once', async () => {
    const started = performance.now();
    const index = await currentSitemapIndexXml();
    const indexed = performance.now();
    const names = [...index.matchAll(/\/sitemaps\/([a-z]+-\d+)\.xml</g)].map((m) => m[1] as string);
    expect(validateSitemap(index).ok).toBe(true);
    expect(names.filter((n) => n.startsWith('articles-'))).toEqual(['articles-1', 'articles-2', 'articles-3', 'articles-4']);
    const articleUrls = new Set<string>();
    let urls = 0;
    let bytes = 0;
    for (const name of names) {
      const xml = (await currentSitemapFileXml(name)) as string;
      const count = (xml.match(/<url>/g) ?? []).length;
      expect(count, name).toBeLessThanOrEqual(SITEMAP_CHUNK_SIZE);
      expect(Buffer.byteLength(xml), name).toBeLessThan(SITEMAP_PROTOCOL_MAX_BYTES);
      urls += count;
      bytes += Buffer.byteLength(xml);
      if (name.startsWith('articles-')) for (const m of xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)) articleUrls.add(m[1] as string);
      const valid = validateSitemap(xml);
      expect(valid.ok, `${name}: ${valid.output.slice(0, 500)}`).toBe(true);
    }
    expect(articleUrls.size).toBe(2 * PER_LANGUAGE);
    expect(urls).toBe(getPublicPages().reduce((n, p) => n + Object.keys(p.versions).length, 0));
    // Figures for docs/seo.md, not assertions: they depend on the machine.
    console.info(`sitemaps at ${2 * PER_LANGUAGE} articles: ${names.length} files, ${urls} URLs, ${(bytes / 1e6).toFixed(1)} MB; model + index ${(indexed - started).toFixed(0)} ms, all files ${(performance.now() - indexed).toFixed(0)} ms`);
  });
});
